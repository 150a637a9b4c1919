// One HTTP exchange with the server, with the knobs the benchmark needs and fetch lacks: a chosen
// source address (so that the normal user and the abusers look like different clients), a hard
// timeout, and large answers counted rather than kept.
import http from "node:http";
import { performance } from "node:perf_hooks";

const KEEP_BYTES = 64 * 1024;

function failure(code, message) {
  return Object.assign(new Error(message), { code });
}

/**
 * Resolves with { status, bytes, head, ms } once the whole answer is read (head: its first 64 KiB as
 * text); rejects with an Error whose `code` is TIMEOUT, ABORTED, ECONNREFUSED, ECONNRESET...
 */
export function httpRequest({ url, method = "GET", headers = {}, body = null, localAddress, agent, timeoutMs = 10_000, signal }) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const payload = body === null ? null : Buffer.isBuffer(body) ? body : Buffer.from(body);
    const req = http.request(url, {
      method,
      agent,
      localAddress,
      headers: payload ? { ...headers, "content-length": payload.length } : headers,
    });
    const timer = setTimeout(() => req.destroy(failure("TIMEOUT", `no answer within ${timeoutMs} ms`)), timeoutMs);
    const onAbort = () => req.destroy(failure("ABORTED", "stopped at the end of the scenario"));
    signal?.addEventListener("abort", onAbort, { once: true });
    if (signal?.aborted) onAbort();
    const settle = (fn, value) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      fn(value);
    };
    req.on("error", (error) => settle(reject, error));
    req.on("response", (res) => {
      const kept = [];
      let keptBytes = 0;
      let bytes = 0;
      res.on("data", (chunk) => {
        bytes += chunk.length;
        if (keptBytes < KEEP_BYTES) {
          kept.push(chunk);
          keptBytes += chunk.length;
        }
      });
      res.on("error", (error) => settle(reject, error));
      res.on("end", () => {
        const head = Buffer.concat(kept).subarray(0, KEEP_BYTES).toString("utf8");
        settle(resolve, { status: res.statusCode, bytes, head, ms: performance.now() - started });
      });
    });
    req.end(payload ?? undefined);
  });
}

/** A GraphQL POST of `{ query, variables }`, or of a prebuilt `body`; `token` adds the bearer header. */
export function postGraphql({ url, query, variables, body, token, ...options }) {
  const headers = { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) };
  return httpRequest({ url, method: "POST", headers, body: body ?? JSON.stringify({ query, variables }), ...options });
}

/** The GraphQL answer's JSON when it was small enough to be kept whole, else null. */
export function answerJson(answer) {
  if (answer.bytes > KEEP_BYTES) return null;
  try {
    return JSON.parse(answer.head);
  } catch {
    return null;
  }
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A short label for an answer: "HTTP 200 data", "HTTP 200 INVALID_CREDENTIALS", "HTTP 413", "HTTP 200 data (14.2 MB)". */
export function describeAnswer(answer) {
  const json = answerJson(answer);
  if (json) {
    const code = json.errors?.[0]?.extensions?.code;
    return json.errors ? `HTTP ${answer.status} ${code ?? "error"}` : `HTTP ${answer.status} data`;
  }
  if (answer.head.startsWith('{"errors"')) return `HTTP ${answer.status} errors (${mb(answer.bytes)})`;
  if (answer.head.startsWith('{"data"')) return `HTTP ${answer.status} data (${mb(answer.bytes)})`;
  return `HTTP ${answer.status}`;
}

/** A short label for a request that got no answer: "no answer: TIMEOUT", "no answer: ECONNRESET". */
export const describeFailure = (error) => `no answer: ${error.code ?? error.message}`;
