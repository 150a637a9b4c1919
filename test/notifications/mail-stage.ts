import type { SettableClock } from "../../server/src/clock";
import { Territory } from "../../server/src/domain/kinds";
import { QUEUES } from "../../server/src/jobs/queue";
import { startSmtpInbox, type ReceivedMail, type SmtpInbox } from "../support/smtp-inbox";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";
import { CALENDAR, clockAt, Scenario, type PartnerSpec } from "../workflow/harness";

/** The platform's address as its users reach it: links in e-mails start with it. */
export const PUBLIC_URL = "https://cordee.example.test";

/** The queues whose work ends in an e-mail (or a decision not to send one). */
const MAIL_QUEUES = [QUEUES.emailNotifications, QUEUES.sendDigests, QUEUES.deliverEmail, QUEUES.checkDeadlines];

/** A platform whose e-mails go to a real SMTP server, its jobs taken in-process, its clock in the test's hands. */
export interface MailStage {
  db: TestDatabase;
  api: TestServer;
  clock: SettableClock;
  s: Scenario;
  inbox: SmtpInbox;
  /** the address of a partner's user */
  email(key: string): string;
  /** the messages received by a partner's user so far */
  mailsTo(key: string): ReceivedMail[];
  /** waits until no e-mail job is left to run and every message of the outbox is delivered */
  settled(): Promise<void>;
  /** the server's origin: http://127.0.0.1:<port> */
  origin: string;
  close(): Promise<void>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function openMailStage(partners: Record<string, PartnerSpec>, territory = Territory.CENTRE_VAL_DE_LOIRE, at: string = CALENDAR.creation): Promise<MailStage> {
  const inbox = await startSmtpInbox();
  const db = await createTestDatabase();
  const clock = clockAt(at);
  const api = await startTestServer(db, { clock, config: { smtpUrl: inbox.url, jobs: true, jobPollingSeconds: 1, publicUrl: PUBLIC_URL, devMailbox: false } });
  const s = new Scenario(api, db, partners, [], territory);
  await s.setUp();
  const email = (key: string) => `${key.toLowerCase()}@parcours.test`;
  return {
    db, api, clock, s, inbox, email,
    origin: api.httpUrl.replace(/\/graphql$/, ""),
    mailsTo: (key) => inbox.messages.filter((m) => m.to.includes(email(key))),
    async settled() {
      // polls the queue's state: no time is asserted, the test's own timeout bounds the wait
      for (;;) {
        const [{ pending, failed }]: { pending: number; failed: number }[] = await db.dataSource.query(
          `SELECT count(*) FILTER (WHERE state IN ('created', 'retry', 'active'))::int AS pending, count(*) FILTER (WHERE state = 'failed')::int AS failed
             FROM pgboss.job WHERE name = ANY($1)`,
          [MAIL_QUEUES],
        );
        if (failed) throw new Error(`${failed} e-mail job(s) failed: ${JSON.stringify(await db.dataSource.query(`SELECT name, output FROM pgboss.job WHERE state = 'failed'`))}`);
        const [{ unsent }]: { unsent: number }[] = await db.dataSource.query(`SELECT count(*)::int AS unsent FROM outbound_email WHERE sent_at IS NULL`);
        if (!pending && !unsent) return;
        await pause(100);
      }
    },
    async close() {
      await api.stop();
      await db.drop();
      await inbox.close();
    },
  };
}

/** A message's text with its non-breaking spaces as plain ones, to compare with expected sentences. */
export const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

/** An .ics file's lines, unfolded (RFC 5545: a line continues on the next one that starts with a space). */
export const icsLines = (ics: string) => ics.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);

/** One property of an .ics file (« DTSTART », « SEQUENCE »...), its value as written. */
export function icsValue(ics: string, name: string): string {
  const line = icsLines(ics).find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
  if (line === undefined) throw new Error(`no ${name} in\n${ics}`);
  return line.slice(line.indexOf(":") + 1);
}

/** Sets a partner's e-mail preferences through the API, as the profile page does. */
export async function prefer(s: Scenario, key: string, preferences: Record<string, string>): Promise<void> {
  await s.ok(key, `mutation($i: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $i) { category } }`, {
    i: { preferences: Object.entries(preferences).map(([category, frequency]) => ({ category, frequency })) },
  });
}
