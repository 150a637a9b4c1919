// How a scenario's result is printed: one line as it ends, a markdown table at the end.

/** The issue's acceptance targets. */
export const TARGETS = { rssMb: 512, p95Ms: 100 };

export function targetMisses(result) {
  const misses = [];
  if (result.server.state !== "up") misses.push(`server ${result.server.state}`);
  if (result.server.rssPeakMb >= TARGETS.rssMb) misses.push(`RSS ≥ ${TARGETS.rssMb} MB`);
  if (result.normalUser.p95 >= TARGETS.p95Ms) misses.push(`p95 ≥ ${TARGETS.p95Ms} ms`);
  return misses;
}

export function describeServer(server) {
  if (server.state === "up") return server.recoverySeconds >= 2 ? `up (back to rest ${server.recoverySeconds} s after the abuse)` : "up";
  if (server.state === "busy") return `still busy 30 s after the abuse (killed, restarted)`;
  const how = server.killedFor ? `killed by the benchmark: ${server.killedFor}` : `exit code ${server.exit?.code} signal ${server.exit?.signal}`;
  return `DIED (${how}; restarted)`;
}

const ms = (value) => (value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(1)} ms`);
const userFigures = (u) => `${ms(u.p50)} / ${ms(u.p95)} / ${ms(u.max)}`;
const memory = (s) => `${Math.round(s.rssStartMb)} → ${Math.round(s.rssPeakMb)}`;
const abuserText = (r) => [r.abuserSummary, r.note].filter(Boolean).join("; ");

export function scenarioLine(r) {
  const misses = targetMisses(r);
  return [
    r.name.padEnd(17),
    `user n=${r.normalUser.n} p50/p95/max ${userFigures(r.normalUser)}, failures ${r.normalUser.failures}`,
    `RSS ${memory(r.server)} MB`,
    `server ${describeServer(r.server)}`,
    `abuser: ${abuserText(r) || "-"}`,
    misses.length ? `MISSES: ${misses.join(", ")}` : "targets met",
  ].join(" | ");
}

const cell = (text) => String(text).replaceAll("|", "\\|").replaceAll("\n", " ");

export function markdownTable(results) {
  const header = [
    "| scenario | normal user n | p50 / p95 / max | failures | server RSS start → peak (MB) | server | what the abuser got | targets (up, < 512 MB, p95 < 100 ms) |",
    "|---|---|---|---|---|---|---|---|",
  ];
  const rows = results.map((r) => {
    const misses = targetMisses(r);
    const failures = r.normalUser.failures ? `${r.normalUser.failures} (${Object.entries(r.normalUser.failureKinds).map(([k, n]) => `${k} ×${n}`).join(", ")})` : "0";
    return `| ${[r.name, r.normalUser.n, userFigures(r.normalUser), failures, memory(r.server), describeServer(r.server), abuserText(r) || "-", misses.length ? `✗ ${misses.join(", ")}` : "✓"].map(cell).join(" | ")} |`;
  });
  return [...header, ...rows].join("\n");
}
