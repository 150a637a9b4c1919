// Small statistics helpers shared by the abuse benchmark.

/** Nearest-rank percentile of a list of numbers (0 for an empty list). */
export function percentile(values, p) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const mean = (values) => (values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length);

export const round1 = (value) => Math.round(value * 10) / 10;

/** Counts of outcomes by label, e.g. { "HTTP 200": 12, "ws close 1009": 3 }. */
export class Tally {
  constructor() {
    this.counts = {};
  }

  add(label, count = 1) {
    this.counts[label] = (this.counts[label] ?? 0) + count;
  }

  get total() {
    return Object.values(this.counts).reduce((sum, n) => sum + n, 0);
  }

  /** "HTTP 200 ×12, HTTP 413 ×3", most frequent first. */
  toString() {
    const entries = Object.entries(this.counts).sort((a, b) => b[1] - a[1]);
    return entries.length === 0 ? "nothing" : entries.map(([label, n]) => `${label} ×${n}`).join(", ");
  }

  toJSON() {
    return this.counts;
  }
}
