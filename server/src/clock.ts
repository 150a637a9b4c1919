import fs from "node:fs";
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

/** A clock set by hand: tests drive an operation's life through it. */
export class SettableClock implements Clock {
  constructor(private instant: Date) {}

  set(instant: Date | string): void {
    this.instant = typeof instant === "string" ? new Date(instant) : instant;
  }

  now(): Date {
    return new Date(this.instant);
  }

  today(): string {
    return todayInParis(this.instant);
  }
}

/**
 * Outside production only (CORDEE_CLOCK_FILE): "now" is the instant written in the file (ISO 8601),
 * or the system's time when the file is empty or absent. Browser tests move the platform's date
 * this way without restarting it.
 */
export function fileClock(file: string): Clock {
  const now = (): Date => {
    const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : "";
    const instant = text ? new Date(text) : new Date();
    return Number.isNaN(instant.getTime()) ? new Date() : instant;
  };
  return { now, today: () => todayInParis(now()) };
}
