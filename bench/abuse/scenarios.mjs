// The abuses, one function each. Every scenario runs until `ctx.signal` aborts (the scenario's
// time is up), then cleans up (sockets closed, requests in flight cut) and resolves with
// { abuser: Tally of what the server answered, details: scenario-specific figures }.
// The abusers run on the benchmark's main thread, from 127.0.0.1; the normal user is elsewhere.
import { performance } from "node:perf_hooks";
import { GraphqlWsConnection, describeServerMessage, tallyConnection } from "./graphql-ws-raw.mjs";
import { describeAnswer, describeFailure, postGraphql } from "./http.mjs";
import { Tally, mean, round1 } from "./stats.mjs";

const MiB = 1024 * 1024;
const ATTACK_TIMEOUT_MS = 120_000; // attackers wait long: the scenario's end cuts them anyway

/** Waits `ms`, or less if the scenario ends meanwhile. */
const sleep = (ms, signal) =>
  new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });

const untilAborted = (signal) => new Promise((resolve) => (signal.aborted ? resolve() : signal.addEventListener("abort", resolve, { once: true })));

// ---- the documents -------------------------------------------------------------------------

/** `{ a: __typename a: __typename … }` of about `bytes` bytes: the most tokens per byte a valid-looking document gets. */
export function paddedDocument(bytes, keyword = "") {
  const field = "a: __typename ";
  const opening = `${keyword}{ `;
  return `${opening}${field.repeat(Math.floor((bytes - opening.length - 1) / field.length))}}`;
}

/** The deepest legit-looking cycle of the schema: Operation.team → TeamMembership.operation → …, `levels` times. */
export function deepQuery(levels) {
  let selection = "id title department";
  for (let i = 0; i < levels; i++) selection = `team { operation { ${selection} } }`;
  return `query Deep { operations { nodes { ${selection} } } }`;
}

export function aliasesQuery(count) {
  const aliases = Array.from({ length: count }, (_, i) => `t${i}: tasks { code label dueDate }`);
  return `{ ${aliases.join(" ")} }`;
}

const LOGIN = "mutation Login($input: LoginInput!) { login(input: $input) { token } }";
const EVENTS = "subscription { events { id type } }";
const REPLAY = "subscription Replay($after: ID) { events(after: $after) { id type operationId payload occurredAt } }";

// ---- shared loops ---------------------------------------------------------------------------

/**
 * `concurrency` loops each sending one request after the other until the end of the scenario;
 * every answer (or absence of one) is counted by label. `send(signal)` performs one request.
 */
async function requestLoops({ signal, concurrency, tally, send, onAnswer = () => {} }) {
  const loop = async (worker) => {
    for (let i = 0; !signal.aborted; i++) {
      const started = performance.now();
      try {
        const answer = await send(signal, worker, i);
        tally.add(describeAnswer(answer));
        onAnswer(worker, i, answer, performance.now() - started);
      } catch (error) {
        if (error.code === "ABORTED") tally.add("no answer before the scenario ended");
        else tally.add(describeFailure(error));
        if (error.code === "ECONNREFUSED") await sleep(200, signal); // the server is down: do not spin
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, worker) => loop(worker)));
}

function httpAbuse({ concurrency, query, token }) {
  return async (ctx) => {
    const abuser = new Tally();
    const body = Buffer.from(JSON.stringify({ query })); // built once: the abuser's own cost stays out of the way
    await requestLoops({
      signal: ctx.signal,
      concurrency,
      tally: abuser,
      send: (signal) => postGraphql({ url: ctx.server.url, body, token: token(ctx), signal, timeoutMs: ATTACK_TIMEOUT_MS }),
    });
    return { abuser, details: { documentBytes: body.length, concurrency }, note: `${concurrency} loops, ${body.length < MiB ? `${body.length}-byte` : `${(body.length / MiB).toFixed(1)} MiB`} body` };
  };
}

// ---- the scenarios --------------------------------------------------------------------------

async function baseline(ctx) {
  await untilAborted(ctx.signal);
  return { abuser: new Tally(), details: {} };
}

/** One authenticated socket; a 20 MiB `subscribe` frame every second, reconnecting whenever the server closed it. */
async function ws20mb(ctx) {
  const abuser = new Tally();
  const query = Buffer.from(JSON.stringify(paddedDocument(20 * MiB)));
  const frame = (id) => Buffer.concat([Buffer.from(`{"id":"big-${id}","type":"subscribe","payload":{"query":`), query, Buffer.from("}}")]);
  let connection = null;
  let sent = 0;
  let connections = 0;
  let answered = 0;
  let refused = 0;
  while (!ctx.signal.aborted) {
    const tick = sleep(1_000, ctx.signal);
    if (!connection?.open) {
      connection = new GraphqlWsConnection({ url: ctx.server.wsUrl, token: ctx.tokens.attacker, origin: ctx.origin });
      connections += 1;
      tallyConnection(connection, abuser);
      void connection.closed.then(({ byServer }) => (refused += byServer ? 1 : 0)); // a close answers the frame that caused it
      connection.onMessage((message) => {
        abuser.add(describeServerMessage(message));
        if (String(message?.id).startsWith("big-") && message.type !== "next") answered += 1; // error or complete ends a frame
      });
      await Promise.race([connection.ready, untilAborted(ctx.signal)]);
    }
    if (connection.outcome === "acked" && connection.open) {
      connection.sendRaw(frame(sent));
      sent += 1;
    }
    await tick;
  }
  connection?.close();
  const unanswered = sent - answered - refused;
  if (unanswered > 0) abuser.add("frame without an answer before the scenario ended", unanswered);
  const details = { frameBytes: frame(0).length, framesSent: sent, framesAnswered: answered, closesByServer: refused, connections };
  return { abuser, details, note: `${sent} frames of ${(details.frameBytes / MiB).toFixed(1)} MiB sent over ${connections} socket(s)` };
}

/** Wrong passwords as fast as 8 loops go, alternately for a known e-mail and unknown ones; answer times per kind. */
async function passwordGuessing(ctx) {
  const abuser = new Tally();
  const times = { known: [], unknown: [] };
  const kindOf = (worker, i) => ((worker + i) % 2 === 0 ? "known" : "unknown");
  const started = performance.now();
  await requestLoops({
    signal: ctx.signal,
    concurrency: 8,
    tally: abuser,
    send: (signal, worker, i) => {
      const email = kindOf(worker, i) === "known" ? ctx.knownEmail : `nobody-${worker}-${i}@defi.demo`;
      const variables = { input: { email, password: `wrong-${worker}-${i}` } };
      return postGraphql({ url: ctx.server.url, query: LOGIN, variables, signal, timeoutMs: ATTACK_TIMEOUT_MS });
    },
    onAnswer: (worker, i, _answer, ms) => times[kindOf(worker, i)].push(ms),
  });
  const seconds = (performance.now() - started) / 1000;
  const details = {
    attemptsPerSecond: round1((times.known.length + times.unknown.length) / seconds),
    knownEmail: { answers: times.known.length, meanMs: round1(mean(times.known)) },
    unknownEmail: { answers: times.unknown.length, meanMs: round1(mean(times.unknown)) },
  };
  const note = `${details.attemptsPerSecond} answers/s; mean answer ${details.knownEmail.meanMs} ms for the known e-mail vs ${details.unknownEmail.meanMs} ms for unknown ones`;
  return { abuser, details, note };
}

/** One account opens up to 500 sockets (20 at a time), each with 20 `events` subscriptions, and holds them silently. */
async function manySockets(ctx) {
  const TARGET = 500;
  const SUBSCRIPTIONS = 20;
  const OPENING_CONCURRENCY = 20;
  const abuser = new Tally();
  const connections = [];
  let acked = 0;
  let held = 0;
  let maxHeld = 0;
  const openOne = async () => {
    const connection = new GraphqlWsConnection({ url: ctx.server.wsUrl, token: ctx.tokens.attacker, origin: ctx.origin });
    connections.push(connection);
    tallyConnection(connection, abuser);
    connection.onMessage((message) => abuser.add(describeServerMessage(message)));
    if ((await Promise.race([connection.ready, untilAborted(ctx.signal)])) !== "acked") return;
    acked += 1;
    maxHeld = Math.max(maxHeld, ++held);
    void connection.closed.then(() => (held -= 1));
    for (let s = 0; s < SUBSCRIPTIONS; s++) connection.subscribe(`events-${s}`, EVENTS);
  };
  const opener = async () => {
    while (!ctx.signal.aborted && connections.length < TARGET) await openOne();
  };
  await Promise.all(Array.from({ length: OPENING_CONCURRENCY }, opener));
  if (acked > 0) abuser.add("connection acked", acked);
  await untilAborted(ctx.signal);
  const heldAtEnd = held;
  for (const connection of connections) connection.close();
  const details = { attempted: connections.length, acked, maxHeld, heldAtEnd, subscriptionsSent: acked * SUBSCRIPTIONS };
  return { abuser, details, note: `${acked}/${connections.length} sockets accepted, ${heldAtEnd} still open at the end, ${details.subscriptionsSent} subscriptions sent` };
}

/**
 * 8 sockets of the Region's RTF, each replaying the whole journal (`events(after: "0")`) again and
 * again: a replay ends at the journal's last event (then `complete`), on an error, or after 3 s of silence.
 */
async function replay(ctx) {
  const CLIENTS = 8;
  const IDLE_MS = 3_000;
  const abuser = new Tally();
  const last = BigInt(ctx.lastJournalId);
  let events = 0;
  /** One client: replays on its socket until the end, reconnecting (at most once a second) if the server closes it. */
  const client = async (c) => {
    for (let attempt = 0; !ctx.signal.aborted; attempt++) {
      const pause = sleep(1_000, ctx.signal);
      const connection = new GraphqlWsConnection({ url: ctx.server.wsUrl, token: ctx.tokens.replayer, origin: ctx.origin });
      tallyConnection(connection, abuser);
      if ((await Promise.race([connection.ready, untilAborted(ctx.signal)])) === "acked") {
        for (let r = 0; !ctx.signal.aborted && connection.open; r++) abuser.add(await replayOnce(connection, `replay-${c}-${attempt}-${r}`));
      }
      connection.close();
      await pause;
    }
  };
  const replayOnce = (connection, id) =>
    new Promise((resolve) => {
      let idle;
      let done = false;
      const onAbort = () => finish("replay cut at the scenario's end");
      const finish = (label) => {
        if (done) return;
        done = true;
        clearTimeout(idle);
        connection.offMessage(listener);
        ctx.signal.removeEventListener("abort", onAbort);
        connection.complete(id);
        resolve(label);
      };
      const rearm = () => {
        clearTimeout(idle);
        idle = setTimeout(() => finish("replay stalled (3 s without an event)"), IDLE_MS);
      };
      const listener = (message) => {
        if (message?.id !== id) return;
        if (message.type === "next" && message.payload?.data?.events) {
          events += 1;
          if (BigInt(message.payload.data.events.id) >= last) finish("full replay");
          else rearm();
        } else finish(message.type === "next" ? "ws next with errors" : describeServerMessage(message));
      };
      connection.onMessage(listener);
      ctx.signal.addEventListener("abort", onAbort, { once: true });
      void connection.closed.then(() => finish("replay cut: socket closed"));
      connection.subscribe(id, REPLAY, { after: "0" });
      rearm();
    });
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
  const details = { clients: CLIENTS, lastJournalId: ctx.lastJournalId, eventsReceived: events, eventsPerSecond: Math.round(events / ((performance.now() - started) / 1000)) };
  return { abuser, details, note: `journal up to event ${ctx.lastJournalId}; ${events} events received (${details.eventsPerSecond}/s)` };
}

export const SCENARIOS = [
  { name: "baseline", description: "no abuse", run: baseline },
  { name: "ws-20mb", description: "one authenticated graphql-ws socket sends a 20 MiB `subscribe` frame every second", run: ws20mb },
  {
    name: "deep-query",
    description: `2 loops of a ${deepQuery(7).length}-byte query, \`team { operation { … } }\` 7 levels deep`,
    run: httpAbuse({ concurrency: 2, query: deepQuery(7), token: (ctx) => ctx.tokens.attacker }),
  },
  { name: "aliases-1000", description: "2 loops of a query with 1,000 aliases of `tasks`", run: httpAbuse({ concurrency: 2, query: aliasesQuery(1000), token: (ctx) => ctx.tokens.attacker }) },
  { name: "unauth-11mb", description: "no session: 2 loops POSTing an 11 MiB document `query { a: __typename … }`", run: httpAbuse({ concurrency: 2, query: paddedDocument(11 * MiB, "query "), token: () => null }) },
  { name: "password-guessing", description: "8 loops of wrong-password `login`, known and unknown e-mails alternately", run: passwordGuessing },
  { name: "many-sockets", description: "one account opens up to 500 graphql-ws sockets × 20 `events` subscriptions, held silently", run: manySockets },
  { name: "replay", description: "8 sockets replay the whole journal (`events(after: \"0\")`) again and again", run: replay },
];
