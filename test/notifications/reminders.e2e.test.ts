import type { DataSource } from "typeorm";
import { pgPool } from "../../server/src/auth/login-throttle";
import { createDataSource } from "../../server/src/db/data-source";
import { MemberRole, OrganisationKind } from "../../server/src/domain/kinds";
import { JobQueue } from "../../server/src/jobs/queue";
import { raiseReminders } from "../../server/src/realtime/deadline-reminders";
import { Journal } from "../../server/src/realtime/journal";
import { admitTrainees, M, on } from "../workflow/harness";
import { icsValue, openMailStage, plain, PUBLIC_URL, type MailStage } from "./mail-stage";

const K = OrganisationKind;

/**
 * Reminders a few days before each deadline, raised by the deadline job on the platform's date:
 * once, however many runs and instances; by e-mail to those who want deadlines at once.
 */
describe("reminders before the deadlines", () => {
  let stage: MailStage;
  let op: string;
  let session: string;
  let trainee: string;
  /** a second server instance's journal, on its own connections, queueing jobs too */
  let other: { dataSource: DataSource; journal: Journal; jobs: JobQueue };

  const reminders = async () =>
    (await stage.db.dataSource.query(`SELECT type, payload FROM journal_event WHERE type IN ('DEADLINE_REMINDER', 'SIGNATURE_DAY_REMINDER') ORDER BY id`)) as { type: string; payload: Record<string, unknown> }[];
  /** the deadline job's reminders, run by this instance on the platform's date */
  const run = () => raiseReminders(stage.db.dataSource, stage.api.server.journal, stage.clock.today());
  /** the reminders a partner's user received by e-mail */
  const subjects = (key: string) => stage.mailsTo(key).map((m) => plain(m.subject)).filter((subject) => subject.includes("Rappel"));

  beforeAll(async () => {
    stage = await openMailStage({
      OF: { organisation: "OF Rappels", kind: K.TRAINING_ORGANISATION },
      ML: { organisation: "Mission Locale Rappels", kind: K.MISSION_LOCALE },
      FT: { organisation: "France Travail Rappels", kind: K.FRANCE_TRAVAIL },
      Company: { organisation: "Menuiserie Rappels", kind: K.COMPANY },
      RTF: { organisation: "Région Rappels", kind: K.REGION, role: MemberRole.TERRITORIAL_REFERENT },
      Elu: { organisation: "Région Rappels", kind: K.REGION, role: MemberRole.ELECTED_REPRESENTATIVE },
    });
    const { s } = stage;
    op = (await s.ok("OF", M.createOperation, { input: { programmeCode: "DEFI", title: "DEFI Menuisiers Bourges", department: "18", procurementRoute: "PRF_MARKET" } })).createOperation.id;
    for (const partner of ["ML", "FT", "Company"]) await s.ok("OF", M.addTeamMember, { input: { operationId: op, organisationId: s.org(partner) } });
    // starts 1 February 2027: J-28 falls on 4 January, J-20 on 12 January
    session = (await s.ok("OF", M.createTrainingSession, { input: { operationId: op, title: "Menuisier", eosNumber: "EOS-MENUISIER", startDate: "2027-02-01", endDate: "2027-06-30", hoursInCentre: 400, fundedPlaces: 8, certificationTitle: "CAP Menuisier", location: "Bourges" } })).createTrainingSession.id;
    // a trainee: follow-ups due 3 and 6 months after the end (30 September, 30 December 2027)
    trainee = (await admitTrainees(s, { of: "OF", adviser: "ML", session, names: ["Chloé"] }))["Chloé"];
    const dataSource = createDataSource({ url: stage.db.url, poolSize: 3 });
    await dataSource.initialize();
    const journal = new Journal(dataSource);
    const jobs = new JobQueue({ pool: pgPool(dataSource), pollingSeconds: 1, expireSeconds: 300, takesJobs: false, log: () => {} });
    await jobs.install();
    journal.useJobs(jobs);
    other = { dataSource, journal, jobs };
  }, 60_000);
  afterAll(async () => {
    await other.jobs.stop();
    await other.dataSource.destroy();
    await stage.close();
  });

  it("reminds the training organisation of J-28 once, when the platform's date reaches three days before it, whatever the number of instances", async () => {
    stage.clock.set(on("2026-12-31"));
    expect(await run()).toBe(0);
    stage.clock.set(on("2027-01-01"));
    const raised = await Promise.all([run(), raiseReminders(other.dataSource, other.journal, stage.clock.today())]);
    expect(raised[0] + raised[1]).toBe(1);
    expect(await run()).toBe(0);
    stage.clock.set(on("2027-01-03"));
    expect(await run()).toBe(0);
    expect(await reminders()).toEqual([
      { type: "DEADLINE_REMINDER", payload: expect.objectContaining({ deadline: "DATE_OPTIONS_TO_RTF", dueDate: "2027-01-04", daysLeft: 3, trainingSessionId: session }) },
    ]);
    await stage.settled();
    // the training organisation wants its deadlines at once (its role's default); nobody else is told of its step
    expect(subjects("OF")).toEqual(["[Cordée] Rappel d'échéance — Opération DEFI Menuisiers Bourges"]);
    const [mail] = stage.mailsTo("OF").filter((m) => m.subject.includes("Rappel"));
    expect(plain(mail.text)).toContain("Échéance : options de date de signature à transmettre au RTF (J-28), le 4 janvier 2027 — dans 3 jours");
    expect(plain(mail.text)).toContain("Session : Menuisier");
    expect(plain(mail.text)).toContain(`${PUBLIC_URL}/operations/${op}`);
    for (const key of ["ML", "FT", "Company", "RTF", "Elu"]) expect(subjects(key)).toEqual([]);
  });

  it("does not remind a step already done", async () => {
    const { s } = stage;
    const convention = (await s.ok("OF", M.draftConvention, { id: session })).draftConvention.id;
    await s.ok("OF", M.updateConvention, { input: { conventionId: convention, signaturePlace: "Hôtel de Région, Bourges", signatureOptions: [{ date: "2027-01-29", startTime: "10:00" }] } });
    await s.ok("OF", M.sendSignatureDateOptions, { id: convention });
    await s.ok("OF", M.sendConventionDraft, { id: convention });
    await s.ok("OF", M.updateConvention, { input: { conventionId: convention, plannedSignatureDate: "2027-01-29" } });
    // J-20 (12 January) is three days away, but its step is done
    stage.clock.set(on("2027-01-09"));
    expect(await run()).toBe(0);
  });

  it("reminds every partner of the signature three days before and on the day, once each, with the calendar event", async () => {
    stage.clock.set(on("2027-01-26"));
    expect(await run()).toBe(1);
    expect(await run()).toBe(0);
    stage.clock.set(on("2027-01-28"));
    expect(await run()).toBe(0);
    stage.clock.set(on("2027-01-29", "06:00"));
    expect(await run()).toBe(1);
    expect(await run()).toBe(0);
    expect((await reminders()).filter((r) => r.type === "SIGNATURE_DAY_REMINDER").map((r) => [r.payload.dueDate, r.payload.daysLeft])).toEqual([["2027-01-29", 3], ["2027-01-29", 0]]);
    await stage.settled();
    // deadlines come at once to every role but the Region's management (its elected representative reads them in the digest)
    for (const key of ["OF", "ML", "FT", "Company", "RTF"]) {
      const reminded = stage.mailsTo(key).filter((m) => plain(m.subject) === "[Cordée] Rappel : signature de la convention — Opération DEFI Menuisiers Bourges");
      expect(reminded.map((m) => plain(m.text).match(/Signature prévue le 29 janvier 2027, Hôtel de Région, Bourges/)?.[0])).toEqual(["Signature prévue le 29 janvier 2027, Hôtel de Région, Bourges", "Signature prévue le 29 janvier 2027, Hôtel de Région, Bourges"]);
      expect(plain(reminded[1].text)).toContain("le 29 janvier 2027 — aujourd'hui");
      expect(icsValue(reminded[0].attachments[0].content, "DTSTART")).toBe("20270129T090000Z");
    }
    expect(subjects("Elu")).toEqual([]);
  });

  it("reminds the training organisation of an employment follow-up three days before it is due, and on the day", async () => {
    const [followUp] = await stage.db.dataSource.query(`SELECT id FROM follow_up WHERE candidacy_id = $1 AND milestone_months = 3`, [trainee]);
    const before = (await reminders()).length;
    stage.clock.set(on("2027-09-26"));
    expect(await run()).toBe(0);
    stage.clock.set(on("2027-09-27"));
    expect(await run()).toBe(1);
    stage.clock.set(on("2027-09-30"));
    expect(await run()).toBe(1);
    expect(await run()).toBe(0);
    expect((await reminders()).slice(before).map((r) => [r.payload.deadline, r.payload.followUpId, r.payload.daysLeft])).toEqual([["FOLLOW_UP_DUE", followUp.id, 3], ["FOLLOW_UP_DUE", followUp.id, 0]]);
    await stage.settled();
    const mails = stage.mailsTo("OF").filter((m) => plain(m.text).includes("suivi dans l'emploi à transmettre"));
    expect(mails.map((m) => plain(m.text).match(/Échéance : [^\n]*/)?.[0])).toEqual([
      "Échéance : suivi dans l'emploi à transmettre à la Région, le 30 septembre 2027 — dans 3 jours",
      "Échéance : suivi dans l'emploi à transmettre à la Région, le 30 septembre 2027 — aujourd'hui",
    ]);
  });
});
