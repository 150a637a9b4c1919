import { frenchDate } from "./calendar.js";
import { followUpDueDates, lateness, signaturePlanning } from "./deadlines.js";
import { DEFI_RULES, ONE_JOB_ONE_TRAINING_RULES } from "./programme-rules.js";

function dueDates(start: string): Record<string, string> {
  return Object.fromEntries(signaturePlanning(DEFI_RULES, start).map((step) => [step.code, step.dueDate]));
}

describe("signaturePlanning", () => {
  it("plans J-28 and J-20 before the session start, with the rules' labels, earliest first", () => {
    expect(signaturePlanning(DEFI_RULES, "2027-03-01")).toEqual([
      { code: "DATE_OPTIONS_TO_RTF", label: "Options de dates de signature transmises au RTF", dueDate: "2027-02-01" },
      { code: "DRAFT_TO_RTF", label: "Projet de convention et fiche contact transmis au RTF", dueDate: "2027-02-09" },
    ]);
  });

  it("counts the leap day", () => {
    expect(dueDates("2028-03-20").DATE_OPTIONS_TO_RTF).toBe("2028-02-21");
    expect(dueDates("2028-03-10").DRAFT_TO_RTF).toBe("2028-02-19");
  });

  it("crosses the year boundary", () => {
    expect(dueDates("2027-01-15").DATE_OPTIONS_TO_RTF).toBe("2026-12-18");
  });

  it("leaves a J-20 falling on a Saturday on that Saturday", () => {
    const draft = dueDates("2027-02-26").DRAFT_TO_RTF;
    expect(draft).toBe("2027-02-06");
    expect(frenchDate(draft)).toBe("samedi 6 février 2027");
  });

  it("plans nothing for a programme without signature deadlines", () => {
    expect(signaturePlanning(ONE_JOB_ONE_TRAINING_RULES, "2027-03-01")).toEqual([]);
  });
});

describe("followUpDueDates", () => {
  it("follows up 3 and 6 months after the end, clamped to the month's last day", () => {
    expect(followUpDueDates(DEFI_RULES, "2027-08-31")).toEqual([
      { milestoneMonths: 3, dueDate: "2027-11-30" },
      { milestoneMonths: 6, dueDate: "2028-02-29" },
    ]);
    expect(followUpDueDates(ONE_JOB_ONE_TRAINING_RULES, "2027-06-30")).toEqual([
      { milestoneMonths: 3, dueDate: "2027-09-30" },
      { milestoneMonths: 6, dueDate: "2027-12-30" },
    ]);
  });
});

describe("lateness", () => {
  it("is on time while not done and not yet past the due date", () => {
    expect(lateness("2027-02-09", null, "2027-02-01")).toEqual({ late: false, daysLate: 0 });
    expect(lateness("2027-02-09", null, "2027-02-09")).toEqual({ late: false, daysLate: 0 });
  });

  it("is late when not done after the due date, counting up to today", () => {
    expect(lateness("2027-02-09", null, "2027-02-12")).toEqual({ late: true, daysLate: 3 });
  });

  it("is on time when done on or before the due date, whatever today is", () => {
    expect(lateness("2027-02-09", "2027-02-09", "2027-06-01")).toEqual({ late: false, daysLate: 0 });
    expect(lateness("2027-02-09", "2027-01-20", "2027-06-01")).toEqual({ late: false, daysLate: 0 });
  });

  it("is late by the days between the due date and the completion", () => {
    expect(lateness("2027-02-09", "2027-02-11", "2027-06-01")).toEqual({ late: true, daysLate: 2 });
    expect(lateness("2027-02-27", "2027-03-01", "2027-03-01")).toEqual({ late: true, daysLate: 2 });
  });
});
