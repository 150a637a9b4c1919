import { EVENT_AUDIENCE, type EventType } from "../../server/src/domain/event-audience";
import { MemberRole, OrganisationKind, Territory } from "../../server/src/domain/kinds";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";
import { EVENTS, Subscriber, type ReceivedEvent } from "../support/subscriber";
import { addCalendarDays, todayInParis } from "../../server/src/domain/calendar";
import { M, Scenario } from "../workflow/harness";

const inDays = (n: number) => addCalendarDays(todayInParis(new Date()), n);

const K = OrganisationKind;

describe("real-time delivery over graphql-ws", () => {
  let db: TestDatabase;
  let api: TestServer;
  let s: Scenario;
  let op: string;
  let session: string;
  let job: string;
  const subscribers: Subscriber<unknown>[] = [];

  const lastId = async () => String((await db.dataSource.query(`SELECT coalesce(max(id), 0) AS id FROM journal_event`))[0].id);
  const subscribe = async <T = ReceivedEvent>(who: string, query = EVENTS, variables: Record<string, unknown> = {}, field = "events") => {
    const subscriber = new Subscriber<T>(api.wsUrl, s.token(who));
    subscribers.push(subscriber as Subscriber<unknown>);
    return subscriber.start(query, { after: await lastId(), ...variables }, field);
  };
  const propose = async (firstName: string) =>
    (await s.ok("ML", M.proposeCandidate, { input: { trainingSessionId: session, hiringIntentionId: job, candidate: { firstName, lastName: "Live" } } })).proposeCandidate.id as string;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestServer(db);
    s = new Scenario(api, db, {
      OF: { organisation: "OF Direct", kind: K.TRAINING_ORGANISATION },
      ML: { organisation: "ML Direct", kind: K.MISSION_LOCALE },
      FT: { organisation: "FT Direct", kind: K.FRANCE_TRAVAIL },
      CompanyA: { organisation: "Entreprise A Direct", kind: K.COMPANY },
      CompanyB: { organisation: "Entreprise B Direct", kind: K.COMPANY },
      RTF: { organisation: "Région Direct", kind: K.REGION, role: MemberRole.TERRITORIAL_REFERENT },
      Stranger: { organisation: "OF Ailleurs", kind: K.TRAINING_ORGANISATION },
    }, [], Territory.CENTRE_VAL_DE_LOIRE);
    await s.setUp();
    op = (await s.ok("OF", M.createOperation, { input: { programmeCode: "DEFI", title: "DEFI en direct", department: "45", procurementRoute: "PRF_MARKET" } })).createOperation.id;
    for (const partner of ["ML", "FT", "CompanyA", "CompanyB"]) await s.ok("OF", M.addTeamMember, { input: { operationId: op, organisationId: s.org(partner) } });
    session = (await s.ok("OF", M.createTrainingSession, { input: { operationId: op, title: "Session en direct", startDate: inDays(40), endDate: inDays(120), hoursInCentre: 300, fundedPlaces: 8, certificationTitle: "TP Direct", location: "Orléans" } })).createTrainingSession.id;
    job = (await s.ok("CompanyA", M.submitHiringIntention, { input: { operationId: op, trainingSessionId: session, jobTitle: "Cariste", contractType: "CDI", positions: 5, evidenceText: "Nous recruterons cinq caristes après la formation.", committedSteps: [] } })).submitHiringIntention.id;
  });
  afterAll(async () => {
    await Promise.all(subscribers.map((x) => x.close()));
    await api.stop();
    await db.drop();
  });

  it("delivers to each partner kind exactly the events its row of the audience table names", async () => {
    // by construction: OF runs the session, ML proposes, the jobs are Company A's; FT and Company B are concerned by nothing
    const concernedHere: Record<string, boolean> = { OF: true, ML: true, FT: false, CompanyA: true, CompanyB: false, RTF: true };
    const kinds: Record<string, OrganisationKind> = { OF: K.TRAINING_ORGANISATION, ML: K.MISSION_LOCALE, FT: K.FRANCE_TRAVAIL, CompanyA: K.COMPANY, CompanyB: K.COMPANY, RTF: K.REGION };
    const from = await lastId();
    const listeners = Object.fromEntries(await Promise.all(Object.keys(kinds).map(async (who) => [who, await subscribe(who)] as const)));
    const stranger = await subscribe("Stranger");

    const candidacy = await propose("Ada");
    await s.ok("OF", M.moveCandidacy, { input: { candidacyId: candidacy, to: "INFORMATION_SESSION" } });
    await s.ok("CompanyA", M.submitHiringIntention, { input: { operationId: op, trainingSessionId: session, jobTitle: "Préparateur", contractType: "CDI", positions: 2, evidenceText: "Deux préparateurs de commandes seront embauchés.", committedSteps: [] } });
    await s.ok("OF", M.updateTrainingSession, { id: session, input: { eosNumber: "EOS-LIVE-1" } });
    const convention = (await s.ok("OF", M.draftConvention, { id: session })).draftConvention.id;
    await s.ok("OF", M.updateConvention, { input: { conventionId: convention, signaturePlace: "Orléans", signatureOptions: [{ date: inDays(3), startTime: "10:00" }] } });
    await s.ok("OF", M.sendSignatureDateOptions, { id: convention });
    await s.ok("OF", M.scheduleReview, { input: { trainingSessionId: session, scheduledAt: `${inDays(121)}T09:00:00.000Z` } });

    const journal: { id: string; type: EventType; actor: string }[] = await db.dataSource.query(`SELECT id, type, actor_organisation_id AS actor FROM journal_event WHERE id > $1 AND operation_id = $2 ORDER BY id`, [from, op]);
    expect(new Set(journal.map((e) => EVENT_AUDIENCE[e.type].category))).toEqual(new Set(["RECRUITMENT", "OPERATION", "CONVENTION", "REVIEW"]));
    for (const [who, kind] of Object.entries(kinds)) {
      const expected = journal
        .filter((e) => {
          const reach = EVENT_AUDIENCE[e.type].reach[kind];
          return e.actor === s.org(who) || reach === "team" || (reach === "concerned" && concernedHere[who]);
        })
        .map((e) => `${e.id}:${e.type}`);
      await listeners[who].waitFor(expected.length);
      expect([who, (await listeners[who].settle(200)).map((e) => `${e.id}:${e.type}`)]).toEqual([who, expected]);
    }
    expect(await stranger.settle(100)).toEqual([]);
  });

  it("after a disconnection, a subscriber resuming from its last cursor receives exactly the three changes it missed, in order", async () => {
    const first = await subscribe("ML");
    const candidacies = [await propose("Bea"), await propose("Cyd"), await propose("Dan")];
    const seen = await first.waitFor(3);
    const cursor = seen[2].id;
    await first.close();

    for (const candidacy of candidacies) await s.ok("OF", M.moveCandidacy, { input: { candidacyId: candidacy, to: "INFORMATION_SESSION" } });

    const resumed = new Subscriber(api.wsUrl, s.token("ML"));
    subscribers.push(resumed as Subscriber<unknown>);
    await resumed.start(EVENTS, { after: cursor });
    await resumed.waitFor(3);
    const missed: { id: string }[] = await db.dataSource.query(`SELECT id FROM journal_event WHERE id > $1 AND type = 'CANDIDACY_INFORMATION_SESSION' ORDER BY id`, [cursor]);
    expect((await resumed.settle()).map((e) => [e.id, e.type])).toEqual(missed.map((m) => [m.id, "CANDIDACY_INFORMATION_SESSION"]));
  });

  it("delivers nothing of a failing mutation", async () => {
    const listener = await subscribe("OF");
    await expect(api.server.journal.run({ userId: null, organisationId: s.org("ML") }, async (tx) => {
      await tx.record({ type: "CANDIDATE_PROPOSED", operationId: op, concerned: [s.org("OF")] });
      throw new Error("refused after writing its event");
    })).rejects.toThrow("refused after writing its event");
    await s.refused("OF", M.constituteGroup, { id: session }, "SESSION_NOT_QUALIFIED");
    await s.ok("OF", M.updateTrainingSession, { id: session, input: { location: "Orléans La Source" } });
    await listener.waitFor(1);
    expect((await listener.settle()).map((e) => e.type)).toEqual(["TRAINING_SESSION_UPDATED"]);
  });

  it("streams typed subscriptions by category, filtered to an operation", async () => {
    const conventions = await subscribe("FT", `subscription($after: ID, $operationId: ID) { conventionEvents(after: $after, operationId: $operationId) { id type operationId } }`, { operationId: op }, "conventionEvents");
    const recruitment = await subscribe("FT", `subscription($after: ID) { recruitmentEvents(after: $after) { id type operationId } }`, {}, "recruitmentEvents");
    await s.ok("OF", M.updateTrainingSession, { id: session, input: { location: "Orléans" } });
    const convention = (await s.ok("OF", `query($id: ID!) { trainingSession(id: $id) { convention { id } } }`, { id: session })).trainingSession.convention.id;
    await s.ok("OF", M.sendConventionDraft, { id: convention });
    await s.ok("CompanyA", M.submitHiringIntention, { input: { operationId: op, trainingSessionId: session, jobTitle: "Magasinier", contractType: "CDI", positions: 1, evidenceText: "Un magasinier sera embauché à l'issue.", committedSteps: [] } });
    await conventions.waitFor(1);
    await recruitment.waitFor(1);
    expect((await conventions.settle()).map((e) => e.type)).toEqual(["CONVENTION_DRAFT_SENT"]);
    expect(recruitment.received.map((e) => e.type)).toEqual(["HIRING_INTENTION_SUBMITTED"]);
  });

  it("stops delivering an operation's events to a partner removed from its team", async () => {
    const companyB = await subscribe("CompanyB");
    await s.ok("OF", M.updateTrainingSession, { id: session, input: { hoursInCompany: 100 } });
    await companyB.waitFor(1);
    await s.ok("OF", M.removeTeamMember, { input: { operationId: op, organisationId: s.org("CompanyB"), reason: "Ne recrute plus" } });
    await s.ok("OF", M.updateTrainingSession, { id: session, input: { hoursInCompany: 120 } });
    await s.ok("OF", M.scheduleReview, { input: { trainingSessionId: session, scheduledAt: `${inDays(122)}T09:00:00.000Z` } });
    expect((await companyB.settle()).map((e) => e.type)).toEqual(["TRAINING_SESSION_UPDATED"]);
  });

  it("counts, lists and marks as read each user's notifications, live", async () => {
    const unread = async (who: string) => (await s.ok<{ unreadNotificationCount: number }>(who, `{ unreadNotificationCount }`)).unreadNotificationCount;
    await s.ok("CompanyA", `mutation { markNotificationsRead }`).catch(() => undefined);
    const live = await subscribe<{ event: { type: string } }>("CompanyA", `subscription { notificationReceived { id event { type } } }`, {}, "notificationReceived");
    const before = await unread("CompanyA");
    await propose("Eve");
    await live.waitFor(1);
    expect(live.received.map((n) => n.event.type)).toEqual(["CANDIDATE_PROPOSED"]);
    expect(await unread("CompanyA")).toBe(before + 1);
    const list = await s.ok<{ notifications: { nodes: { id: string; readAt: string | null; event: { type: string; payload: { candidate: string } } }[] } }>("CompanyA", `{ notifications(first: 1, unreadOnly: true) { nodes { id readAt event { type payload } } } }`);
    expect(list.notifications.nodes[0]).toMatchObject({ readAt: null, event: { type: "CANDIDATE_PROPOSED", payload: { candidate: "Eve Live" } } });
    const marked = await s.ok<{ markNotificationsRead: number }>("CompanyA", `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: [list.notifications.nodes[0].id] });
    expect(marked.markNotificationsRead).toBe(1);
    expect(await unread("CompanyA")).toBe(before);
    // Company B, off the team now, was not notified; FT is not concerned by a Mission Locale candidate
    expect((await s.ok<{ notifications: { nodes: { event: { type: string } }[] } }>("FT", `{ notifications(first: 100) { nodes { event { type } } } }`)).notifications.nodes.map((n) => n.event.type)).not.toContain("CANDIDATE_PROPOSED");
  });
});
