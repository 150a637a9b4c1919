import type { AddressInfo } from "node:net";
import { simpleParser, type AddressObject } from "mailparser";
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from "smtp-server";

/** A message as the inbox received it: its envelope recipients and what the person would read. */
export interface ReceivedMail {
  /** the envelope's recipients (RCPT TO), lower-cased */
  to: string[];
  /** the To: header's addresses, lower-cased */
  headerTo: string[];
  subject: string;
  text: string;
  html: string;
  /** the Message-ID header, angle brackets included */
  messageId: string;
  /** the files sent with it, their content as UTF-8 text (calendar events) */
  attachments: { filename: string; contentType: string; content: string }[];
}

/** A message whose DATA was received in full, whose sender still waits for the answer. */
export interface HeldMail extends ReceivedMail {
  /** resolves once the sender's connection is gone (it may have died waiting) */
  disconnected: Promise<void>;
}

export interface SmtpInbox {
  /** what SMTP_URL should say: plain SMTP, no TLS, no authentication */
  url: string;
  /** the messages accepted (answered 250), in order; a message still held, or whose sender left before the answer, is not here */
  messages: ReceivedMail[];
  /** messages held right now (hold mode): received in full, no answer given yet */
  held: HeldMail[];
  /** the first accepted message that satisfies `predicate`, already there or to come */
  waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs: number): Promise<ReceivedMail>;
  /** the first held message that satisfies `predicate`: a delivery in flight */
  waitForHeld(predicate: (mail: ReceivedMail) => boolean, timeoutMs: number): Promise<HeldMail>;
  /** stops holding: held messages whose sender is still connected are accepted, later ones at once */
  release(): void;
  close(): Promise<void>;
}

interface Waiter<T> {
  predicate: (mail: ReceivedMail) => boolean;
  resolve: (mail: T) => void;
}

interface Holding {
  mail: HeldMail;
  sessionId: string;
  answer: (error?: Error | null) => void;
}

const addresses = (header: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(header) ? header : header ? [header] : []).flatMap((h) => h.value).map((a) => (a.address ?? "").toLowerCase());

/** The first web link of a message's plain text. */
export function firstLink(mail: Pick<ReceivedMail, "text">): string {
  const link = mail.text.match(/https?:\/\/[^\s<>"]+/)?.[0];
  if (!link) throw new Error(`no link in the message:\n${mail.text}`);
  return link;
}

/** A 4xx answer: the sender keeps the message and tries again later. */
function temporaryFailure(message: string): Error & { responseCode: number } {
  return Object.assign(new Error(message), { responseCode: 421 });
}

/**
 * A real SMTP server on a free local port for tests: plain SMTP (STARTTLS not offered), any
 * sender, no authentication. A message counts as received once it has been answered 250.
 * With `hold`, a message received in full gets no answer until `release()`: its sender waits
 * in the middle of its delivery, where a test can kill it.
 */
export async function startSmtpInbox(options: { hold?: boolean } = {}): Promise<SmtpInbox> {
  let holding = options.hold ?? false;
  const messages: ReceivedMail[] = [];
  const held: Holding[] = [];
  const openSessions = new Set<string>();
  const disconnections = new Map<string, () => void>();
  const waiters: Waiter<ReceivedMail>[] = [];
  const heldWaiters: Waiter<HeldMail>[] = [];

  const accept = (mail: ReceivedMail, answer: (error?: Error | null) => void) => {
    messages.push(mail);
    answer();
    for (const waiter of waiters.filter((w) => w.predicate(mail))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(mail);
    }
  };

  const onData = (stream: SMTPServerDataStream, session: SMTPServerSession, answer: (error?: Error | null) => void) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("error", () => answer(temporaryFailure("message interrompu")));
    stream.on("end", () => {
      void simpleParser(Buffer.concat(chunks)).then((parsed) => {
        const mail: ReceivedMail = {
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          headerTo: addresses(parsed.to),
          subject: parsed.subject ?? "",
          text: parsed.text ?? "",
          html: typeof parsed.html === "string" ? parsed.html : "",
          messageId: parsed.messageId ?? "",
          attachments: parsed.attachments.map((a) => ({ filename: a.filename ?? "", contentType: a.contentType, content: a.content.toString("utf8") })),
        };
        if (!openSessions.has(session.id)) return; // the sender left while the message was parsed: never answered
        if (!holding) return accept(mail, answer);
        const disconnected = new Promise<void>((resolve) => disconnections.set(session.id, resolve));
        const heldMail: HeldMail = { ...mail, disconnected };
        held.push({ mail: heldMail, sessionId: session.id, answer });
        for (const waiter of heldWaiters.filter((w) => w.predicate(heldMail))) {
          heldWaiters.splice(heldWaiters.indexOf(waiter), 1);
          waiter.resolve(heldMail);
        }
      }, (error: Error) => answer(temporaryFailure(`message illisible : ${error.message}`)));
    });
  };

  const server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    closeTimeout: 500,
    onConnect(session, callback) {
      openSessions.add(session.id);
      callback();
    },
    onData,
    onClose(session) {
      openSessions.delete(session.id);
      // a message held for a sender that is gone was never delivered
      for (const h of held.filter((h) => h.sessionId === session.id)) held.splice(held.indexOf(h), 1);
      disconnections.get(session.id)?.();
      disconnections.delete(session.id);
    },
  });
  server.on("error", () => {}); // a client vanishing mid-command is what some tests do on purpose

  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  const wait = <T>(list: Waiter<T>[], found: T | undefined, predicate: (mail: ReceivedMail) => boolean, timeoutMs: number, what: string): Promise<T> => {
    if (found) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        predicate,
        resolve: (mail) => {
          clearTimeout(timer);
          resolve(mail);
        },
      };
      const timer = setTimeout(() => {
        list.splice(list.indexOf(waiter), 1);
        const seen = messages.map((m) => `${m.messageId} to ${m.to.join(", ")}: ${m.subject}`).join("\n  ") || "nothing";
        reject(new Error(`no ${what} message as expected in ${timeoutMs} ms; accepted so far:\n  ${seen}`));
      }, timeoutMs);
      list.push(waiter);
    });
  };

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    get held() {
      return held.map((h) => h.mail);
    },
    waitFor: (predicate, timeoutMs) => wait(waiters, messages.find(predicate), predicate, timeoutMs, "accepted"),
    waitForHeld: (predicate, timeoutMs) => wait(heldWaiters, held.map((h) => h.mail).find(predicate), predicate, timeoutMs, "held"),
    release() {
      holding = false;
      for (const h of held.splice(0)) {
        const { disconnected: _disconnected, ...mail } = h.mail;
        if (openSessions.has(h.sessionId)) accept(mail, h.answer);
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const h of held.splice(0)) h.answer(temporaryFailure("la boîte de test ferme"));
        server.close(() => resolve());
      }),
  };
}
