import { OrganisationKind, Territory } from "../../server/src/domain/kinds";
import { Organisation } from "../../server/src/entities/organisation";
import { JournalEvent } from "../../server/src/entities/journal-event";
import { Journal } from "../../server/src/realtime/journal";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { buildWorld, type World } from "../support/world";

describe("the event journal", () => {
  let db: TestDatabase;
  let world: World;
  let journal: Journal;
  const committed: JournalEvent[][] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    journal = new Journal(db.dataSource);
    journal.onCommitted((events) => committed.push(events));
  });
  afterAll(() => db.drop());
  beforeEach(() => {
    committed.length = 0;
  });

  const count = async (table: string) => Number((await db.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const newOrganisation = { kind: OrganisationKind.COMPANY, name: "Nouvelle entreprise", territory: Territory.CENTRE_VAL_DE_LOIRE, department: "45", city: "Orléans", siret: null, isSiae: false };

  it("writes the change and its event in one transaction, with actor and audience, and announces them after commit", async () => {
    const actor = { userId: world.ids["user:OF1"], organisationId: world.ids.OF1 };
    await journal.run(actor, async (tx) => {
      const org = await tx.manager.save(Organisation, newOrganisation);
      await tx.record({ type: "TEAM_MEMBER_ADDED", operationId: world.ids["Op A"], payload: { organisationId: org.id } });
    });
    const [[event]] = committed;
    const stored = await db.dataSource.getRepository(JournalEvent).findOneByOrFail({ id: event.id });
    expect(stored).toMatchObject({ type: "TEAM_MEMBER_ADDED", actorUserId: actor.userId, actorOrganisationId: actor.organisationId, operationId: world.ids["Op A"] });
    // the active team and the Region of the territory; not OF-Gone, who left the team
    const expected = ["OF1", "ML1", "FT1", "Company A", "Company B", "Region CVL"].map((k) => world.ids[k]);
    expect([...stored.audience].sort()).toEqual([...expected].sort());
    expect(committed).toEqual([[expect.objectContaining({ id: event.id })]]);
  });

  it("keeps nothing of a failing mutation: neither the change nor its event, and announces nothing", async () => {
    const [orgs, events] = [await count("organisation"), await count("journal_event")];
    await expect(
      journal.run({ userId: null, organisationId: world.ids.OF1 }, async (tx) => {
        await tx.manager.save(Organisation, newOrganisation);
        await tx.record({ type: "TEAM_MEMBER_ADDED" });
        throw new Error("refused after the event was written");
      }),
    ).rejects.toThrow("refused after the event was written");
    expect(await count("organisation")).toBe(orgs);
    expect(await count("journal_event")).toBe(events);
    expect(committed).toEqual([]);
  });

  it("refuses a change that records no event", async () => {
    const orgs = await count("organisation");
    await expect(journal.run({ userId: null, organisationId: null }, (tx) => tx.manager.save(Organisation, newOrganisation))).rejects.toThrow(
      "A mutation must record its event in the journal",
    );
    expect(await count("organisation")).toBe(orgs);
  });

  it("numbers events in the order they were written", async () => {
    for (let i = 0; i < 3; i++) await journal.run({ userId: null, organisationId: world.ids.ML1 }, (tx) => tx.record({ type: "USER_LOGGED_IN", payload: { step: i } }));
    const ids = committed.flat().map((e) => String(e.id));
    expect(ids.map(BigInt)).toEqual([...ids.map(BigInt)].sort((a, b) => (a < b ? -1 : 1)));
    expect(new Set(ids).size).toBe(3);
  });
});
