import type { DataSource } from "typeorm";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import { pgPool } from "../auth/login-throttle.js";
import { deliverEmail } from "../mail/delivery.js";
import { smtpTransport } from "../mail/transport.js";
import { sendDailyDigests } from "../notifications/digest.js";
import { emailEventNotifications } from "../notifications/immediate.js";
import { raiseDueAlerts } from "../realtime/deadline-alerts.js";
import { raiseReminders } from "../realtime/deadline-reminders.js";
import type { Journal } from "../realtime/journal.js";
import { JobQueue, QUEUES } from "./queue.js";

export interface BackgroundWork {
  jobs: JobQueue;
  stop(): Promise<void>;
}

/**
 * The job queue, given to the journal (mutations queue e-mails in their transaction), and, on an
 * instance that takes jobs, its workers: e-mail delivery, the e-mails of each notified event, the
 * recurring deadline check (alerts and reminders) and the daily digest.
 */
export async function startBackgroundWork(options: { dataSource: DataSource; journal: Journal; clock: Clock; config: Config; log: (message: string, detail?: unknown) => void }): Promise<BackgroundWork> {
  const { dataSource, journal, clock, config, log } = options;
  const jobs = new JobQueue({ pool: pgPool(dataSource), pollingSeconds: config.jobPollingSeconds, expireSeconds: config.jobExpireSeconds, takesJobs: config.jobs, log });
  await jobs.install();
  journal.useJobs(jobs);
  const transport = smtpTransport(config.smtpUrl, config.mailFrom);
  if (config.jobs) {
    await jobs.work(QUEUES.deliverEmail, async (data) => {
      await deliverEmail(dataSource, transport, clock, String(data.emailId));
    });
    const mail = { dataSource, jobs, config, clock };
    await jobs.work(QUEUES.emailNotifications, async (data) => {
      await emailEventNotifications(mail, String(data.eventId));
    });
    await jobs.work(QUEUES.checkDeadlines, async () => {
      const raised = await raiseDueAlerts(dataSource, journal, clock.today());
      if (raised) log(`${raised} échéance(s) signalée(s)`);
      const reminded = await raiseReminders(dataSource, journal, clock.today());
      if (reminded) log(`${reminded} rappel(s) d'échéance`);
    });
    await jobs.work(QUEUES.sendDigests, async () => {
      const sent = await sendDailyDigests(mail);
      if (sent) log(`${sent} résumé(s) quotidien(s) préparé(s)`);
    });
    for (const [queue, cron] of [[QUEUES.checkDeadlines, config.deadlineCron], [QUEUES.sendDigests, config.digestCron]] as const) {
      if (cron) await jobs.schedule(queue, cron);
      else await jobs.unschedule(queue);
    }
  }
  return {
    jobs,
    stop: async () => {
      await jobs.stop();
      transport?.close();
    },
  };
}
