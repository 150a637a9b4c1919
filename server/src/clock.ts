import { todayInParis } from "./domain/calendar.js";

/** "Now" and "today" (the calendar date in France), injectable so that date rules can be tested. */
export interface Clock {
  now(): Date;
  today(): string;
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => todayInParis(new Date()),
};
