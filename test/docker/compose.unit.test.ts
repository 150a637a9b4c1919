import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";

const DOCKER = path.join(__dirname, "../../docker");
const composeFile = path.join(DOCKER, "compose.yaml");
const hasDockerCompose = spawnSync("docker-compose", ["version"], { encoding: "utf8" }).status === 0;

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  depends_on?: Record<string, unknown> | string[];
  ports?: string[];
  volumes?: string[];
}

describe("docker/: the production-like topology", () => {
  // No Docker engine here: Debian's docker-compose validates the file without one. CI installs it;
  // on a machine without it this one check is skipped, saying so, and the topology checks still run.
  (hasDockerCompose ? it : it.skip)("is a valid compose file for docker-compose (needs Debian's docker-compose)", () => {
    const result = spawnSync("docker-compose", ["-f", composeFile, "config", "-q"], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  const compose = parse(fs.readFileSync(composeFile, "utf8"), { merge: true }) as { services: Record<string, ComposeService> };
  const servers = ["server-1", "server-2"].map((name) => compose.services[name]);

  it("runs PostgreSQL, Redis, two server replicas and a proxy", () => {
    expect(Object.keys(compose.services).sort()).toEqual(["postgres", "proxy", "redis", "server-1", "server-2"]);
  });

  it("points both replicas at the one PostgreSQL and the one Redis, built from docker/Dockerfile", () => {
    for (const server of servers) {
      expect(server.build).toEqual({ context: "..", dockerfile: "docker/Dockerfile" });
      expect(server.environment?.DATABASE_URL).toMatch(/@postgres:5432\//);
      expect(server.environment?.REDIS_URL).toBe("redis://redis:6379");
      expect(server.environment?.NODE_ENV).toBe("production");
    }
    expect(fs.existsSync(path.join(DOCKER, "Dockerfile"))).toBe(true);
  });

  it("puts the proxy in front of both replicas, WebSocket upgrade included", () => {
    const proxy = compose.services.proxy;
    expect(proxy.volumes).toContain("./nginx.conf:/etc/nginx/conf.d/default.conf:ro");
    const nginx = fs.readFileSync(path.join(DOCKER, "nginx.conf"), "utf8");
    expect(nginx).toMatch(/server server-1:4000;/);
    expect(nginx).toMatch(/server server-2:4000;/);
    expect(nginx).toMatch(/proxy_set_header Upgrade \$http_upgrade;/);
    expect(nginx).toMatch(/proxy_set_header Connection \$connection_upgrade;/);
  });
});
