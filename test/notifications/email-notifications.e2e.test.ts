import { MemberRole, OrganisationKind } from "../../server/src/domain/kinds";
import { QUEUES } from "../../server/src/jobs/queue";
import { emailEventNotifications } from "../../server/src/notifications/immediate";
import { firstLink, type ReceivedMail } from "../support/smtp-inbox";
import { M, on } from "../workflow/harness";
import { openMailStage, plain, prefer, PUBLIC_URL, type MailStage } from "./mail-stage";

const K = OrganisationKind;

/**
 * Each notified user gets a notification by e-mail as they chose for its category: at once, in the
 * daily digest, or never; the defaults of their role otherwise. Through a real SMTP server.
 */
describe("notifications by e-mail, as each user chose", () => {
  let stage: MailStage;
  let op: string;
  let otherOp: string;
  let meetingEvent: string;

  const summary = (mails: ReceivedMail[]) => mails.map((m) => `${m.to.join(",")} | ${plain(m.subject)}`).sort();

  beforeAll(async () => {
    stage = await openMailStage({
      OF: { organisation: "OF Cordage", kind: K.TRAINING_ORGANISATION },
      OFColleague: { organisation: "OF Cordage", kind: K.TRAINING_ORGANISATION },
      ML: { organisation: "Mission Locale Cordage", kind: K.MISSION_LOCALE },
      FT: { organisation: "France Travail Cordage", kind: K.FRANCE_TRAVAIL },
      Company: { organisation: "Élagage Cordage", kind: K.COMPANY },
      CompanyNever: { organisation: "Élagage Cordage", kind: K.COMPANY },
      RTF: { organisation: "Région Cordage", kind: K.REGION, role: MemberRole.TERRITORIAL_REFERENT },
      Manager: { organisation: "Région Cordage", kind: K.REGION, role: MemberRole.HEAD_OF_UNIT },
    });
    const { s } = stage;
    // what each chose: the others keep their role's default (operation's life: daily digest)
    await prefer(s, "ML", { OPERATION: "IMMEDIATE" });
    await prefer(s, "Company", { OPERATION: "IMMEDIATE" });
    await prefer(s, "FT", { OPERATION: "NEVER" });
    await prefer(s, "CompanyNever", { OPERATION: "NEVER", RECRUITMENT: "NEVER", CONVENTION: "NEVER", REVIEW: "NEVER", FUNDING: "NEVER", DEADLINE: "NEVER", ACCOUNT: "NEVER" });

    op = (await s.ok("OF", M.createOperation, { input: { programmeCode: "DEFI", title: "DEFI Cordistes Orléans", department: "45", procurementRoute: "PRF_MARKET" } })).createOperation.id;
    for (const partner of ["ML", "FT", "Company"]) await s.ok("OF", M.addTeamMember, { input: { operationId: op, organisationId: s.org(partner) } });
    otherOp = (await s.ok("OF", M.createOperation, { input: { programmeCode: "DEFI", title: "DEFI Élagueurs Tours", department: "37", procurementRoute: "PRF_MARKET" } })).createOperation.id;
    const session = (await s.ok("OF", M.createTrainingSession, { input: { operationId: op, title: "Cordiste", startDate: "2027-02-01", endDate: "2027-06-30", hoursInCentre: 400, fundedPlaces: 8, certificationTitle: "CQP Cordiste", location: "Orléans" } })).createTrainingSession.id;
    await s.ok("OF", M.scheduleMeeting, { input: { operationId: op, trainingSessionId: session, kind: "PREPARATORY_MEETING", scheduledAt: on("2026-11-30", "13:00"), place: "OF Cordage, salle 2" } });
    meetingEvent = String((await stage.db.dataSource.query(`SELECT id FROM journal_event WHERE type = 'MEETING_SCHEDULED'`))[0].id);
    await stage.settled();
  }, 60_000);
  afterAll(() => stage.close());

  it("reaches by e-mail exactly those who want the event's category at once, naming the operation and the meeting, with its link", async () => {
    // every other notification so far is for the digest (or never): only the meeting went out, to those two
    expect(summary(stage.inbox.messages)).toEqual([
      "company@parcours.test | [Cordée] Réunion planifiée — Opération DEFI Cordistes Orléans",
      "ml@parcours.test | [Cordée] Réunion planifiée — Opération DEFI Cordistes Orléans",
    ]);
    const [mail] = stage.mailsTo("ML");
    expect(mail.headerTo).toEqual(["ml@parcours.test"]);
    expect(plain(mail.text)).toContain("Opération « DEFI Cordistes Orléans » : réunion planifiée.");
    expect(plain(mail.text)).toContain("Réunion préparatoire le 30 novembre 2026 à 14 h 00, OF Cordage, salle 2");
    expect(plain(mail.text)).toContain("Session : Cordiste");
    expect(firstLink(mail)).toBe(`${PUBLIC_URL}/operations/${op}`);
    expect(mail.html).toContain(`href="${PUBLIC_URL}/operations/${op}"`);
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([["reunion.ics", "text/calendar"]]);
  });

  it("sends nothing to a user who chose never, nor to the one who acted", () => {
    expect(stage.mailsTo("FT")).toEqual([]);
    expect(stage.mailsTo("CompanyNever")).toEqual([]);
    expect(stage.mailsTo("OF")).toEqual([]);
  });

  it("sends nothing twice when the event's job runs again (retried, duplicated, or on another instance)", async () => {
    const before = stage.inbox.messages.length;
    const outbox = async () => (await stage.db.dataSource.query(`SELECT to_address FROM outbound_email WHERE event_type = 'MEETING_SCHEDULED' ORDER BY to_address`)).map((r: { to_address: string }) => r.to_address);
    expect(await outbox()).toEqual(["company@parcours.test", "ml@parcours.test"]);
    // a second job for the same event, through the queue, and the worker's work run once more by hand
    await stage.api.server.jobs.send(QUEUES.emailNotifications, { eventId: meetingEvent });
    await stage.settled();
    const work = { dataSource: stage.db.dataSource, jobs: stage.api.server.jobs, config: { publicUrl: PUBLIC_URL, mailFrom: "Cordée <test@cordee.test>" }, clock: stage.clock };
    expect(await emailEventNotifications(work, meetingEvent)).toBe(0);
    await stage.settled();
    expect(stage.inbox.messages.length).toBe(before);
    expect(await outbox()).toEqual(["company@parcours.test", "ml@parcours.test"]);
    // each notification of the event was settled once: by its message, or by none (digest users' are still waiting)
    const settled: { email: string; emailed: boolean; settled: boolean }[] = await stage.db.dataSource.query(
      `SELECT u.email, n.email_id IS NOT NULL AS emailed, n.email_settled_at IS NOT NULL AS settled FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.event_id = $1 ORDER BY u.email`, [meetingEvent]);
    expect(settled).toEqual([
      { email: "company@parcours.test", emailed: true, settled: true },
      { email: "companynever@parcours.test", emailed: false, settled: true },
      { email: "ft@parcours.test", emailed: false, settled: true },
      { email: "manager@parcours.test", emailed: false, settled: false },
      { email: "ml@parcours.test", emailed: true, settled: true },
      { email: "ofcolleague@parcours.test", emailed: false, settled: false },
      { email: "rtf@parcours.test", emailed: false, settled: false },
    ]);
  });

  it("gathers the day's notifications of a daily user in one digest at the digest run, grouped by operation", async () => {
    const before = stage.inbox.messages.length;
    await stage.api.server.jobs.send(QUEUES.sendDigests);
    await stage.settled();
    const digests = stage.inbox.messages.slice(before);
    expect(summary(digests)).toEqual([
      "manager@parcours.test | [Cordée] Résumé du 23 novembre 2026 : 6 notifications",
      "ofcolleague@parcours.test | [Cordée] Résumé du 23 novembre 2026 : 4 notifications",
      "rtf@parcours.test | [Cordée] Résumé du 23 novembre 2026 : 6 notifications",
    ]);
    const [digest] = stage.mailsTo("RTF");
    const text = plain(digest.text);
    // one section per operation, each with its events and its link
    const first = text.indexOf("Opération « DEFI Cordistes Orléans »");
    const second = text.indexOf("Opération « DEFI Élagueurs Tours »");
    expect(first).toBeGreaterThan(-1);
    expect(second).toBeGreaterThan(first);
    const cordistes = text.slice(first, second);
    expect(cordistes.match(/Partenaire ajouté à l'équipe projet/g)).toHaveLength(3);
    expect(cordistes).toContain("Réunion planifiée — Réunion préparatoire le 30 novembre 2026 à 14 h 00");
    expect(cordistes).toContain(`Voir sur Cordée : ${PUBLIC_URL}/operations/${op}`);
    expect(text.slice(second)).toContain("Opération créée");
    expect(text.slice(second)).toContain(`Voir sur Cordée : ${PUBLIC_URL}/operations/${otherOp}`);
    expect(digest.attachments.map((a) => a.filename)).toEqual(["reunion.ics"]);
    // the immediate, never and acting users get no digest
    for (const key of ["ML", "Company", "FT", "CompanyNever", "OF"]) expect(stage.mailsTo(key).filter((m) => m.subject.includes("Résumé"))).toEqual([]);
  });

  it("never gives the same notification twice: a second run sends nothing, the next digest only what is new", async () => {
    const before = stage.inbox.messages.length;
    await stage.api.server.jobs.send(QUEUES.sendDigests);
    await stage.settled();
    expect(stage.inbox.messages.length).toBe(before);

    stage.clock.set(on("2026-11-24"));
    await stage.s.ok("OF", M.removeTeamMember, { input: { operationId: op, organisationId: stage.s.org("FT"), reason: "ne suit plus l'opération" } });
    // the event's own job holds its notifications while it e-mails the immediate users; a digest
    // running meanwhile leaves them (SKIP LOCKED) to the next digest: here, it runs after
    await stage.settled();
    await stage.api.server.jobs.send(QUEUES.sendDigests);
    await stage.settled();
    const next = stage.inbox.messages.slice(before);
    expect(summary(next)).toEqual([
      "manager@parcours.test | [Cordée] Résumé du 24 novembre 2026 : 1 notification",
      "ofcolleague@parcours.test | [Cordée] Résumé du 24 novembre 2026 : 1 notification",
      "rtf@parcours.test | [Cordée] Résumé du 24 novembre 2026 : 1 notification",
    ]);
    expect(plain(next[0].text)).toContain("Partenaire retiré de l'équipe projet");
    expect(plain(next[0].text)).not.toContain("Réunion planifiée");
  });
});
