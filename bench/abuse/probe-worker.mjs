// The normal user, in its own worker thread: one simple query at a time, for as long as a scenario
// lasts. Its own event loop means that the abusers' work on the main thread (building and sending
// megabytes, handling thousands of WebSocket messages) never delays its timers or callbacks.
import http from "node:http";
import { parentPort } from "node:worker_threads";
import { answerJson, describeAnswer, describeFailure, postGraphql } from "./http.mjs";

const TIMEOUT_MS = 10_000;
/** after a request that got no answer at all (server down), wait before the next one rather than spin */
const NO_ANSWER_PAUSE_MS = 1_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let running = false;
let loop = Promise.resolve();
let samples = [];

/** One probe: { ms, ok, label }. An unanswered request counts as the full timeout. */
async function measureOnce({ url, query, token, email, localAddress }, agent) {
  try {
    const answer = await postGraphql({ url, query, token, localAddress, agent, timeoutMs: TIMEOUT_MS });
    const ok = answer.status === 200 && answerJson(answer)?.data?.viewer?.user?.email === email;
    return { ms: answer.ms, ok, label: ok ? "ok" : describeAnswer(answer) };
  } catch (error) {
    return { ms: TIMEOUT_MS, ok: false, label: describeFailure(error) };
  }
}

async function probeLoop(settings) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 }); // fresh: the server may have been restarted
  try {
    while (running) {
      const sample = await measureOnce(settings, agent);
      samples.push(sample);
      if (sample.label.startsWith("no answer") && sample.label !== "no answer: TIMEOUT" && running) await sleep(NO_ANSWER_PAUSE_MS);
    }
  } finally {
    agent.destroy();
  }
}

parentPort.on("message", async (message) => {
  if (message.type === "start") {
    samples = [];
    running = true;
    loop = probeLoop(message.settings);
  } else if (message.type === "stop") {
    running = false;
    await loop; // the request in flight belongs to the scenario: wait for it (at most the timeout)
    parentPort.postMessage({ type: "stopped", samples });
  }
});
