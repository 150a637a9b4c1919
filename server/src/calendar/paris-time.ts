import { parisParts } from "../domain/french.js";

/** The instant a Paris wall-clock time stands for: « 2027-02-01 » at « 10:00 » is 09:00 UTC (winter), 08:00 UTC (summer). */
export function parisInstant(date: string, time: string): Date {
  const [year, month, day] = date.split("-").map(Number);
  const [hours, minutes] = time.split(":").map(Number);
  const wanted = Date.UTC(year, month - 1, day, hours, minutes);
  // Paris is ahead of UTC by its offset at that moment: read it back, and correct once more across a change of time
  let guess = wanted;
  for (let i = 0; i < 2; i++) {
    const seen = parisParts(new Date(guess));
    const [y, m, d] = seen.date.split("-").map(Number);
    guess += wanted - Date.UTC(y, m - 1, d, Number(seen.hours), Number(seen.minutes));
  }
  return new Date(guess);
}
