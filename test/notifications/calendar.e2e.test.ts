import { MemberRole, OrganisationKind } from "../../server/src/domain/kinds";
import { M, on } from "../workflow/harness";
import { icsLines, icsValue, openMailStage, plain, prefer, PUBLIC_URL, type MailStage } from "./mail-stage";

const K = OrganisationKind;
const UUID = /^[0-9a-f-]{36}$/;

/**
 * Meetings, reviews and the convention's signature as calendar events (.ics): attached to their
 * e-mail, downloadable by those who may see the item, the same event (UID) with a higher
 * SEQUENCE when its date changes.
 */
describe("calendar events of the dated items", () => {
  let stage: MailStage;
  let op: string;
  let session: string;
  let meeting: string;
  let review: string;
  let convention: string;

  const download = async (path: string, auth: { token?: string; cookie?: string } = {}) => {
    const headers: Record<string, string> = {};
    if (auth.token) headers.authorization = `Bearer ${auth.token}`;
    if (auth.cookie) headers.cookie = auth.cookie;
    const res = await fetch(`${stage.origin}${path}`, { headers });
    return { status: res.status, type: res.headers.get("content-type"), disposition: res.headers.get("content-disposition"), body: await res.text() };
  };
  const calendarOf = (key: string, subject: string) => {
    const mails = stage.mailsTo(key).filter((m) => plain(m.subject).startsWith(`[Cordée] ${subject}`));
    expect(mails).toHaveLength(1);
    expect(mails[0].attachments).toHaveLength(1);
    return mails[0].attachments[0];
  };

  beforeAll(async () => {
    stage = await openMailStage({
      OF: { organisation: "OF Agenda", kind: K.TRAINING_ORGANISATION },
      ML: { organisation: "Mission Locale Agenda", kind: K.MISSION_LOCALE },
      FT: { organisation: "France Travail Agenda", kind: K.FRANCE_TRAVAIL },
      Company: { organisation: "Scierie Agenda", kind: K.COMPANY },
      RTF: { organisation: "Région Agenda", kind: K.REGION, role: MemberRole.TERRITORIAL_REFERENT },
      Outsider: { organisation: "Autre OF", kind: K.TRAINING_ORGANISATION },
    });
    const { s } = stage;
    await prefer(s, "ML", { OPERATION: "IMMEDIATE", REVIEW: "IMMEDIATE" });
    op = (await s.ok("OF", M.createOperation, { input: { programmeCode: "DEFI", title: "DEFI Scieurs Vierzon", department: "18", procurementRoute: "PRF_MARKET" } })).createOperation.id;
    for (const partner of ["ML", "FT", "Company"]) await s.ok("OF", M.addTeamMember, { input: { operationId: op, organisationId: s.org(partner) } });
    session = (await s.ok("OF", M.createTrainingSession, { input: { operationId: op, title: "Scieur", eosNumber: "EOS-SCIEUR", startDate: "2027-02-01", endDate: "2027-06-30", hoursInCentre: 400, fundedPlaces: 8, certificationTitle: "CAP Scieur", location: "Vierzon" } })).createTrainingSession.id;
  }, 60_000);
  afterAll(() => stage.close());

  it("a meeting: its .ics, downloadable and attached to its e-mail, in the right hour", async () => {
    // 30 November 2026, 14:00 in Paris (13:00 UTC, winter time)
    meeting = (await stage.s.ok("OF", M.scheduleMeeting, { input: { operationId: op, trainingSessionId: session, kind: "PREPARATORY_MEETING", scheduledAt: on("2026-11-30", "13:00"), place: "Scierie Agenda, Vierzon" } })).scheduleMeeting.id;
    const listed = await stage.s.ok<{ operation: { meetings: { id: string; calendarUrl: string }[] } }>("Company", `query($op: ID!) { operation(id: $op) { meetings { id calendarUrl } } }`, { op });
    expect(listed.operation.meetings).toEqual([{ id: meeting, calendarUrl: `/calendar/meeting/${meeting}.ics` }]);

    const file = await download(`/calendar/meeting/${meeting}.ics`, { token: stage.s.token("Company") });
    expect(file).toMatchObject({ status: 200, type: "text/calendar; charset=utf-8", disposition: "attachment; filename=reunion.ics" });
    expect(icsValue(file.body, "METHOD")).toBe("PUBLISH");
    expect(icsValue(file.body, "UID")).toBe(`meeting-${meeting}@cordee`);
    expect(icsValue(file.body, "DTSTART")).toBe("20261130T130000Z");
    expect(icsValue(file.body, "DTEND")).toBe("20261130T150000Z");
    expect(icsValue(file.body, "SEQUENCE")).toBe("0");
    expect(plain(icsValue(file.body, "SUMMARY"))).toBe("Réunion préparatoire — DEFI Scieurs Vierzon");
    expect(plain(icsValue(file.body, "DESCRIPTION"))).toContain("Le 30 novembre 2026 à 14 h 00 (heure de Paris)");
    expect(icsValue(file.body, "LOCATION")).toBe("Scierie Agenda\\, Vierzon");
    expect(icsValue(file.body, "URL")).toBe(`${PUBLIC_URL}/operations/${op}`);

    await stage.settled();
    const attached = calendarOf("ML", "Réunion planifiée");
    expect(attached.filename).toBe("reunion.ics");
    expect(attached.contentType).toBe("text/calendar");
    expect(icsValue(attached.content, "METHOD")).toBe("REQUEST");
    expect(icsValue(attached.content, "UID")).toBe(`meeting-${meeting}@cordee`);
    expect(icsValue(attached.content, "DTSTART")).toBe("20261130T130000Z");
    expect(icsValue(attached.content, "SEQUENCE")).toBe("0");
    expect(icsLines(attached.content).find((l) => l.startsWith("ORGANIZER"))).toMatch(/^ORGANIZER;CN="?Cordée"?:MAILTO:/);
  });

  it("a meeting moved: the same UID, a higher SEQUENCE, the new hour, in the file and in the e-mail that tells it", async () => {
    // 1 December 2026, 09:30 in Paris
    await stage.s.ok("OF", `mutation($i: RescheduleMeetingInput!) { rescheduleMeeting(input: $i) { id scheduledAt } }`, { i: { meetingId: meeting, scheduledAt: on("2026-12-01", "08:30") } });
    const file = await download(`/calendar/meeting/${meeting}.ics`, { token: stage.s.token("ML") });
    expect(icsValue(file.body, "UID")).toBe(`meeting-${meeting}@cordee`);
    expect(icsValue(file.body, "SEQUENCE")).toBe("1");
    expect(icsValue(file.body, "DTSTART")).toBe("20261201T083000Z");
    await stage.settled();
    const attached = calendarOf("ML", "Réunion déplacée");
    expect(icsValue(attached.content, "UID")).toBe(`meeting-${meeting}@cordee`);
    expect(icsValue(attached.content, "SEQUENCE")).toBe("1");
    expect(icsValue(attached.content, "DTSTART")).toBe("20261201T083000Z");
    const [moved] = stage.mailsTo("ML").filter((m) => m.subject.includes("Réunion déplacée"));
    expect(plain(moved.text)).toContain("Réunion préparatoire le 1er décembre 2026 à 9 h 30, Scierie Agenda, Vierzon");
    // only its organiser moves it, and only to a date to come
    const refused = await stage.s.call("ML", `mutation($i: RescheduleMeetingInput!) { rescheduleMeeting(input: $i) { id } }`, { i: { meetingId: meeting, scheduledAt: on("2026-12-02") } });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const past = await stage.s.call("OF", `mutation($i: RescheduleMeetingInput!) { rescheduleMeeting(input: $i) { id } }`, { i: { meetingId: meeting, scheduledAt: on("2026-11-01") } });
    expect(past.errors?.[0]?.message).toBe("scheduledAt : une réunion se déplace à une date à venir");
  });

  it("a review: its .ics in summer time, moved with the same UID", async () => {
    // 30 June 2027, 10:00 in Paris (08:00 UTC, summer time)
    review = (await stage.s.ok("OF", M.scheduleReview, { input: { trainingSessionId: session, scheduledAt: on("2027-06-30", "08:00") } })).scheduleReview.id;
    const listed = await stage.s.ok<{ trainingSession: { reviews: { calendarUrl: string }[] } }>("Company", `query($id: ID!) { trainingSession(id: $id) { reviews { calendarUrl } } }`, { id: session });
    expect(listed.trainingSession.reviews).toEqual([{ calendarUrl: `/calendar/review/${review}.ics` }]);
    const file = await download(`/calendar/review/${review}.ics`, { token: stage.s.token("RTF") });
    expect(icsValue(file.body, "UID")).toBe(`review-${review}@cordee`);
    expect(icsValue(file.body, "DTSTART")).toBe("20270630T080000Z");
    expect(plain(icsValue(file.body, "SUMMARY"))).toBe("Bilan final — Scieur");
    expect(plain(icsValue(file.body, "DESCRIPTION"))).toContain("Le 30 juin 2027 à 10 h 00 (heure de Paris)");
    await stage.s.ok("OF", `mutation($i: RescheduleReviewInput!) { rescheduleReview(input: $i) { id } }`, { i: { reviewId: review, scheduledAt: on("2027-07-01", "12:00") } });
    const moved = await download(`/calendar/review/${review}.ics`, { token: stage.s.token("RTF") });
    expect([icsValue(moved.body, "UID"), icsValue(moved.body, "SEQUENCE"), icsValue(moved.body, "DTSTART")]).toEqual([`review-${review}@cordee`, "1", "20270701T120000Z"]);
    await stage.settled();
    expect(icsValue(calendarOf("ML", "Bilan déplacé").content, "SEQUENCE")).toBe("1");
  });

  it("the signature: the save the date carries it; a new day sends the same event, updated", async () => {
    const { s } = stage;
    convention = (await s.ok("OF", M.draftConvention, { id: session })).draftConvention.id;
    const day = { conventionId: convention, signaturePlace: "Hôtel de Région, Orléans", plannedSignatureDate: "2027-01-29", signatureOptions: [{ date: "2027-01-28", startTime: "14:00" }, { date: "2027-01-29", startTime: "10:00", endTime: "12:00" }] };
    await s.ok("OF", M.updateConvention, { input: day });
    const listed = await s.ok<{ convention: { signatureCalendarUrl: string } }>("Company", `query($id: ID!) { convention(id: $id) { signatureCalendarUrl } }`, { id: convention });
    expect(listed.convention.signatureCalendarUrl).toBe(`/calendar/signature/${convention}.ics`);
    await s.ok("OF", M.sendSaveTheDate, { id: convention });
    await stage.settled();
    // companies get the convention's news at once (their role's default)
    const saved = calendarOf("Company", "« Save the date » de la signature");
    expect(saved.filename).toBe("signature-convention.ics");
    expect(icsValue(saved.content, "UID")).toBe(`signature-${convention}@cordee`);
    expect([icsValue(saved.content, "DTSTART"), icsValue(saved.content, "DTEND"), icsValue(saved.content, "SEQUENCE")]).toEqual(["20270129T090000Z", "20270129T110000Z", "0"]);
    expect(plain(icsValue(saved.content, "SUMMARY"))).toBe("Signature de la convention — Scieur");

    // the day moves to the other option: the signatories hear it, with the same event updated
    await s.ok("OF", M.updateConvention, { input: { conventionId: convention, plannedSignatureDate: "2027-01-28" } });
    await stage.settled();
    const moved = calendarOf("Company", "Signature de la convention déplacée");
    expect([icsValue(moved.content, "UID"), icsValue(moved.content, "SEQUENCE"), icsValue(moved.content, "DTSTART"), icsValue(moved.content, "DTEND")])
      .toEqual([`signature-${convention}@cordee`, "1", "20270128T130000Z", "20270128T150000Z"]);
    const file = await download(`/calendar/signature/${convention}.ics`, { token: s.token("OF") });
    expect([icsValue(file.body, "UID"), icsValue(file.body, "SEQUENCE"), icsValue(file.body, "DTSTART")]).toEqual([`signature-${convention}@cordee`, "1", "20270128T130000Z"]);
  });

  it("serves a calendar file only to a signed-in viewer who may see the item: 401, 404 in French otherwise", async () => {
    const paths = [`/calendar/meeting/${meeting}.ics`, `/calendar/review/${review}.ics`, `/calendar/signature/${convention}.ics`];
    for (const path of paths) {
      expect(await download(path)).toMatchObject({ status: 401, body: "Connectez-vous pour ajouter cet événement à votre agenda." });
      // an organisation that is not on the operation's team sees none of it
      expect(await download(path, { token: stage.s.token("Outsider") })).toMatchObject({ status: 404, body: "Événement introuvable ou non accessible pour votre organisation." });
      // the session cookie authenticates as the bearer token does
      expect((await download(path, { cookie: `cordee_session=${stage.s.token("FT")}` })).status).toBe(200);
    }
    expect(UUID.test(meeting)).toBe(true);
    for (const path of [`/calendar/meeting/00000000-0000-4000-8000-000000000000.ics`, `/calendar/rendez-vous/${meeting}.ics`, `/calendar/meeting/${meeting}.pdf`, `/calendar/meeting`]) {
      expect(await download(path, { token: stage.s.token("OF") })).toMatchObject({ status: 404, body: "Événement introuvable ou non accessible pour votre organisation." });
    }
  });
});
