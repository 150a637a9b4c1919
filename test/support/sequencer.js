// The order tests (thousands of events to dozens of subscribers) load both cores and PostgreSQL for
// minutes; run last, they no longer slow the browser journeys down to their timeouts.
const Sequencer = require("@jest/test-sequencer").default;

const HEAVY = /(journal-order|two-instances)\.e2e\.test\.ts$/;

class HeavyLastSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    return [...sorted.filter((t) => !HEAVY.test(t.path)), ...sorted.filter((t) => HEAVY.test(t.path))];
  }
}

module.exports = HeavyLastSequencer;
