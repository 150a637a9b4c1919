import { reminderDue } from "./reminders";

describe("reminders before a deadline", () => {
  it("J-28 is reminded from three days before until the day before, when its alert takes over", () => {
    const due = "2027-01-04";
    expect(["2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03", "2027-01-04", "2027-01-05"].map((today) => reminderDue("DATE_OPTIONS_TO_RTF", due, today)))
      .toEqual([null, 3, 3, 3, null, null]);
  });

  it("the signature day is reminded three days before and on the day", () => {
    const due = "2027-02-01";
    expect(["2027-01-28", "2027-01-29", "2027-01-31", "2027-02-01", "2027-02-02"].map((today) => reminderDue("SIGNATURE_DAY", due, today)))
      .toEqual([null, 3, 3, 0, null]);
  });

  it("a follow-up checked late gets the latest reminder only", () => {
    expect(reminderDue("FOLLOW_UP_DUE", "2027-09-30", "2027-09-30")).toBe(0);
    expect(reminderDue("FOLLOW_UP_DUE", "2027-09-30", "2027-09-28")).toBe(3);
  });
});
