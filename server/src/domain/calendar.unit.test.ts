import { addCalendarDays, addMonthsClamped, daysBetween, frenchDate, isValidCalendarDate, todayInParis } from "./calendar.js";

describe("isValidCalendarDate", () => {
  it.each(["2027-02-01", "2028-02-29", "2026-12-31"])("accepts %s", (date) => {
    expect(isValidCalendarDate(date)).toBe(true);
  });

  it.each(["2027-02-30", "2027-02-29", "2027-13-01", "2027-00-10", "2027-2-3", "27-02-03", "2027-02-03T00:00", " 2027-02-03", ""])(
    "rejects %p",
    (date) => {
      expect(isValidCalendarDate(date)).toBe(false);
    },
  );
});

describe("addCalendarDays", () => {
  it("crosses months, years and leap days", () => {
    expect(addCalendarDays("2027-03-01", -28)).toBe("2027-02-01");
    expect(addCalendarDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(addCalendarDays("2027-01-15", -28)).toBe("2026-12-18");
    expect(addCalendarDays("2027-12-31", 1)).toBe("2028-01-01");
  });

  it("is not shifted by daylight-saving changes (Paris: 2027-03-28 and 2027-10-31)", () => {
    expect(addCalendarDays("2027-03-27", 1)).toBe("2027-03-28");
    expect(addCalendarDays("2027-03-28", 1)).toBe("2027-03-29");
    expect(addCalendarDays("2027-10-31", 1)).toBe("2027-11-01");
  });

  it("refuses an invalid date", () => {
    expect(() => addCalendarDays("2027-02-30", 1)).toThrow("Date invalide : « 2027-02-30 »");
  });
});

describe("addMonthsClamped", () => {
  it.each([
    ["2027-01-31", 1, "2027-02-28"],
    ["2027-08-31", 6, "2028-02-29"],
    ["2028-02-29", 3, "2028-05-29"],
    ["2027-08-31", 3, "2027-11-30"],
    ["2027-06-30", 6, "2027-12-30"],
    ["2027-11-15", 3, "2028-02-15"],
    ["2028-03-31", -1, "2028-02-29"],
  ])("%s + %i months → %s", (date, months, expected) => {
    expect(addMonthsClamped(date, months)).toBe(expected);
  });
});

describe("daysBetween", () => {
  it("counts calendar days, negative backwards", () => {
    expect(daysBetween("2027-02-01", "2027-03-01")).toBe(28);
    expect(daysBetween("2028-02-01", "2028-03-01")).toBe(29);
    expect(daysBetween("2027-03-01", "2027-02-01")).toBe(-28);
    expect(daysBetween("2027-03-27", "2027-03-29")).toBe(2);
    expect(daysBetween("2027-05-05", "2027-05-05")).toBe(0);
  });
});

describe("todayInParis", () => {
  it("is already the next day in Paris late in the UTC evening (winter, UTC+1)", () => {
    expect(todayInParis(new Date("2027-01-31T23:30:00Z"))).toBe("2027-02-01");
    expect(todayInParis(new Date("2027-01-31T22:59:00Z"))).toBe("2027-01-31");
  });

  it("follows summer time (UTC+2)", () => {
    expect(todayInParis(new Date("2027-07-14T22:00:00Z"))).toBe("2027-07-15");
    expect(todayInParis(new Date("2027-07-14T21:59:00Z"))).toBe("2027-07-14");
  });
});

describe("frenchDate", () => {
  it("writes the weekday and month in French", () => {
    expect(frenchDate("2027-02-01")).toBe("lundi 1 février 2027");
    expect(frenchDate("2028-02-29")).toBe("mardi 29 février 2028");
    expect(frenchDate("2027-02-06")).toBe("samedi 6 février 2027");
  });
});
