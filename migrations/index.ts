import { InitialSchema1763870000000 } from "./1763870000000-initial-schema.js";
import { Programmes1763870000001 } from "./1763870000001-programmes.js";
import { WorkflowColumns1763870000002 } from "./1763870000002-workflow-columns.js";
import { NotificationsAndAlerts1763870000003 } from "./1763870000003-notifications-and-alerts.js";
import { ProcessAndTime1763870000004 } from "./1763870000004-process-and-time.js";
import { LoginThrottle1763870000005 } from "./1763870000005-login-throttle.js";
import { AccountDeactivation1763870000006 } from "./1763870000006-account-deactivation.js";
import { PartnersJoin1763870000007 } from "./1763870000007-partners-join.js";
import { DocumentVersions1763870000008 } from "./1763870000008-document-versions.js";
import { EmailNotifications1763870000009 } from "./1763870000009-email-notifications.js";

/** Every migration, in order. The database schema only ever comes from these. */
export const MIGRATIONS = [
  InitialSchema1763870000000, Programmes1763870000001, WorkflowColumns1763870000002, NotificationsAndAlerts1763870000003,
  ProcessAndTime1763870000004, LoginThrottle1763870000005, AccountDeactivation1763870000006,
  PartnersJoin1763870000007, DocumentVersions1763870000008, EmailNotifications1763870000009,
];
