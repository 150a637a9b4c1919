// Preloaded into a server under test (`node --require this-file main.js`): counts every SQL
// statement its pg clients send, and answers the benchmark's { sqlCount: true } over IPC.
// pg's Client.prototype.query is wrapped before the server loads (its ClosingClient captures it
// at load), so TypeORM's queries, raw queries, the session look-up and the pool's own all count.
// BENCH_PG_MODULE names the pg to patch when the server has its own (PostGraphile in bench/.tools).
const path = require("node:path");

const pgPath = process.env.BENCH_PG_MODULE ? require.resolve(process.env.BENCH_PG_MODULE) : require.resolve("pg", { paths: [process.cwd()] });
const { Client } = require(pgPath);
const query = Client.prototype.query;
let statements = 0;
Client.prototype.query = function countedQuery(...args) {
  statements += 1;
  return query.apply(this, args);
};

if (process.send) {
  process.on("message", (message) => {
    if (message && message.sqlCount) process.send({ sqlCount: statements, id: message.id });
  });
  // the IPC channel must not keep a stopping server alive
  process.channel?.unref();
}
module.exports = { pgPath: path.relative(process.cwd(), pgPath) };
