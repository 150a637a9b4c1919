import http from "node:http";
import type { Duplex } from "node:stream";
import httpProxy from "http-proxy";

export interface RoundRobinProxy {
  url: string;
  /** which upstream each request and WebSocket went to, in order */
  routed: string[];
  close(): Promise<void>;
}

/** The proxy in front of the replicas, as docker/nginx.conf does it: round robin, WebSocket upgrade included. */
export async function startRoundRobinProxy(upstreams: string[], port: number): Promise<RoundRobinProxy> {
  const proxy = httpProxy.createProxyServer({ ws: true });
  proxy.on("error", (_error, _req, res) => {
    if (res instanceof http.ServerResponse && !res.headersSent) res.writeHead(502).end();
    else (res as Duplex).destroy();
  });
  let next = 0;
  const routed: string[] = [];
  const pick = () => {
    const target = upstreams[next++ % upstreams.length];
    routed.push(target);
    return target;
  };
  const server = http.createServer((req, res) => proxy.web(req, res, { target: pick() }));
  server.on("upgrade", (req, socket, head) => proxy.ws(req, socket, head, { target: pick() }));
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    routed,
    close: () => new Promise((resolve) => {
      proxy.close();
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
