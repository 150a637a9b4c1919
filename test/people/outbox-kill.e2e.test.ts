import type { DataSource } from "typeorm";
import { createDataSource } from "../../server/src/db/data-source";
import { STRONG_PASSWORD } from "../api/people.scenarios";
import { cordeeEnv, cordeeHttp } from "../faults/cordee-http";
import { freePort, startCordee, type Running } from "../support/processes";
import { firstLink, startSmtpInbox, type ReceivedMail, type SmtpInbox } from "../support/smtp-inbox";
import { createEmptyDatabase } from "../support/test-database";
import { buildWorld, KIND_VIEWERS, WORLD_PASSWORD } from "../support/world";

const INVITE = `mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }`;
const OF1_ADMIN = KIND_VIEWERS.TRAINING_ORGANISATION;
/** the platform's address as its users reach it, whichever instance answers */
const PUBLIC_URL = "https://cordee.example.test";

interface OutboxRow {
  id: string;
  sent_at: Date | null;
  attempts: number;
}

/**
 * One platform on a database of its own, as installed for the first time: the first instance
 * migrates it and creates the job queues with this test's settings (a dead instance's job comes
 * back after JOB_EXPIRE_SECONDS), then the test world is seeded.
 */
class Platform {
  readonly instances: Running[] = [];
  dataSource: DataSource | null = null;
  private dropDatabase: (() => Promise<void>) | null = null;
  private databaseUrl = "";

  constructor(readonly inbox: SmtpInbox) {}

  async start(options: { jobs: boolean }): Promise<ReturnType<typeof cordeeHttp>> {
    if (!this.dropDatabase) {
      const db = await createEmptyDatabase();
      this.databaseUrl = db.url;
      this.dropDatabase = db.drop;
    }
    const port = await freePort();
    this.instances.push(await startCordee(cordeeEnv({
      DATABASE_URL: this.databaseUrl,
      PORT: String(port),
      PUBLIC_URL,
      CORDEE_DEMO_DATA: "false",
      SMTP_URL: this.inbox.url,
      JOBS: String(options.jobs),
      JOB_POLLING_SECONDS: "1",
      JOB_EXPIRE_SECONDS: "3",
      DEADLINE_CHECK_CRON: "off",
    })));
    if (!this.dataSource) {
      this.dataSource = createDataSource({ url: this.databaseUrl, poolSize: 2 });
      await this.dataSource.initialize();
      await buildWorld(this.dataSource);
    }
    return cordeeHttp(port);
  }

  /** SIGKILL: no shutdown hook runs, open transactions die with the connection. */
  async kill(instance: Running): Promise<void> {
    if (instance.child.exitCode !== null || instance.child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      instance.child.once("exit", () => resolve());
      instance.child.kill("SIGKILL");
    });
  }

  async outbox(email: string): Promise<OutboxRow[]> {
    return this.dataSource!.query(`SELECT id, sent_at, attempts FROM outbound_email WHERE to_address = $1`, [email]);
  }

  /** States of the delivery jobs of one message: once all are completed, no attempt is left to come. */
  async deliveryJobStates(emailId: string): Promise<string[]> {
    const rows: { state: string }[] = await this.dataSource!.query(`SELECT state FROM pgboss.job WHERE name = 'deliver-email' AND data->>'emailId' = $1 ORDER BY created_on`, [emailId]);
    return rows.map((r) => r.state);
  }

  async close(): Promise<void> {
    for (const instance of this.instances) {
      if (instance.child.exitCode === null && instance.child.signalCode === null) await instance.stop();
    }
    if (this.dataSource?.isInitialized) await this.dataSource.destroy();
    await this.dropDatabase?.();
    await this.inbox.close();
  }
}

/** OF1's administrator invites a colleague into OF1, over HTTP. */
async function invite(platform: Platform, server: ReturnType<typeof cordeeHttp>, email: string): Promise<string> {
  const login = await server.post<{ login: { token: string } }>(`mutation($i: LoginInput!) { login(input: $i) { token } }`, { i: { email: OF1_ADMIN, password: WORLD_PASSWORD } });
  const token = login.data!.login.token;
  const [{ id: organisation }]: { id: string }[] = await platform.dataSource!.query(`SELECT id FROM organisation WHERE name = 'OF1'`);
  const res = await server.post<{ inviteMember: { id: string } }>(INVITE, { i: { organisationId: organisation, email, firstName: "Camille", lastName: "Relance", role: "MEMBER", isAdmin: false } }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.inviteMember.id;
}

const to = (email: string) => (mail: ReceivedMail) => mail.to.includes(email);

/** The message arrived once, with its fixed Message-ID; no delivery job is left to send it again; its link opens the account. */
async function expectDeliveredOnce(platform: Platform, server: ReturnType<typeof cordeeHttp>, email: string): Promise<void> {
  const mail = await platform.inbox.waitFor(to(email), 200_000);
  // a second copy would come from a retry racing the first delivery: give it time to show
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  const [row] = await platform.outbox(email);
  expect(mail.messageId).toBe(`<${row.id}@cordee>`);
  expect(platform.inbox.messages.filter(to(email)).map((m) => m.messageId)).toEqual([mail.messageId]);
  // one message in the outbox, marked sent after one successful attempt (a killed attempt leaves no trace)
  expect(await platform.outbox(email)).toEqual([{ id: row.id, sent_at: expect.any(Date), attempts: 1 }]);
  expect(await platform.deliveryJobStates(row.id)).toEqual(["completed"]);

  expect(mail.subject).toBe("Invitation à rejoindre OF1 sur Cordée");
  expect(mail.headerTo).toEqual([email]);
  const link = firstLink(mail);
  const token = link.match(/\/invitation\/([\w-]+)$/)?.[1];
  expect(link).toBe(`${PUBLIC_URL}/invitation/${token}`);
  expect(mail.html).toContain(link);
  const preview = await server.post<{ invitation: { email: string; organisationName: string; status: string } }>(`query($t: String!) { invitation(token: $t) { email organisationName status } }`, { t: token });
  expect(preview.data?.invitation).toEqual({ email, organisationName: "OF1", status: "PENDING" });
  const accepted = await server.post<{ acceptInvitation: { token: string } }>(`mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }`, { i: { token, password: STRONG_PASSWORD } });
  expect(accepted.errors).toBeUndefined();
  expect(accepted.data?.acceptInvitation.token).toEqual(expect.any(String));
}

describe("Killing the server between the commit and the delivery of an e-mail loses nothing and sends nothing twice", () => {
  const platforms: Platform[] = [];
  afterAll(async () => {
    for (const platform of platforms) await platform.close();
  });

  it("killed while the SMTP server is receiving the invitation: the next instance sends it once", async () => {
    const platform = new Platform(await startSmtpInbox({ hold: true }));
    platforms.push(platform);
    const email = "relance-a@world.test";
    const first = await platform.start({ jobs: true });
    await invite(platform, first, email);

    // the instance is in the middle of the SMTP exchange: the message is written, the answer not given
    const inFlight = await platform.inbox.waitForHeld(to(email), 15_000);
    const [row] = await platform.outbox(email);
    expect(inFlight.messageId).toBe(`<${row.id}@cordee>`);
    await platform.kill(platform.instances[0]);
    await inFlight.disconnected;
    expect(platform.inbox.messages).toEqual([]);
    // the delivery's transaction died with the instance: the message is still to be sent
    expect(await platform.outbox(email)).toEqual([{ id: row.id, sent_at: null, attempts: 0 }]);

    platform.inbox.release();
    // the job the dead instance held comes back once expired (JOB_EXPIRE_SECONDS), at pg-boss's next
    // maintenance (as often as jobs expire) plus its retry delay: seconds
    const second = await platform.start({ jobs: true });
    await expectDeliveredOnce(platform, second, email);
  }, 120_000);

  it("killed after queueing the invitation on an instance that takes no jobs: an instance that does sends it once", async () => {
    const platform = new Platform(await startSmtpInbox());
    platforms.push(platform);
    const email = "relance-b@world.test";
    const queueing = await platform.start({ jobs: false });
    await invite(platform, queueing, email);
    const [row] = await platform.outbox(email);
    expect(row).toMatchObject({ sent_at: null, attempts: 0 });
    expect(await platform.deliveryJobStates(row.id)).toEqual(["created"]);
    await platform.kill(platform.instances[0]);
    expect(platform.inbox.messages).toEqual([]);

    const delivering = await platform.start({ jobs: true });
    await expectDeliveredOnce(platform, delivering, email);
  }, 60_000);
});
