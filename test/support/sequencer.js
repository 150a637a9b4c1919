// The two order tests (thousands of events to dozens of subscribers) load both cores and PostgreSQL
// for minutes, and take turns (test/support/one-at-a-time.ts). One opens the run, while the other
// worker goes through the light tests; the browser journeys follow, once it is over; the other
// closes the run. Side by side, they slowed each other fourfold and the journeys to their timeouts;
// both at the end, one worker waited minutes for the other's turn.
const Sequencer = require("@jest/test-sequencer").default;

const FIRST = /journal-order\.e2e\.test\.ts$/;
const LAST = /two-instances\.e2e\.test\.ts$/;
const BROWSER = /[/\\]test[/\\]browser[/\\]/;

class HeavyApartSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const light = sorted.filter((t) => !FIRST.test(t.path) && !LAST.test(t.path));
    return [
      ...sorted.filter((t) => FIRST.test(t.path)),
      ...light.filter((t) => !BROWSER.test(t.path)),
      ...light.filter((t) => BROWSER.test(t.path)),
      ...sorted.filter((t) => LAST.test(t.path)),
    ];
  }
}

module.exports = HeavyApartSequencer;
