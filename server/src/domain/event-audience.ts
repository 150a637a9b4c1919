import { OrganisationKind } from "./kinds.js";

/**
 * Who hears of each event, as data (one row per event type):
 * - `team`: every organisation of that kind on the operation's active team (for the Region: the
 *   Region of the operation's territory);
 * - `concerned`: only the organisations of that kind the event concerns (the company whose job it
 *   is, the adviser who proposed the candidate, the training organisation running the session);
 * - absent: none.
 * `notifies` lists the kinds whose users get a notification; `category` feeds the typed
 * subscriptions. The acting organisation always hears of its own action.
 */
export type Reach = "team" | "concerned";

export enum EventCategory {
  OPERATION = "OPERATION",
  RECRUITMENT = "RECRUITMENT",
  CONVENTION = "CONVENTION",
  REVIEW = "REVIEW",
  FUNDING = "FUNDING",
  DEADLINE = "DEADLINE",
  ACCOUNT = "ACCOUNT",
}

export interface AudienceRule {
  category: EventCategory;
  reach: Partial<Record<OrganisationKind, Reach>>;
  notifies: OrganisationKind[];
}

const OF = OrganisationKind.TRAINING_ORGANISATION;
const ML = OrganisationKind.MISSION_LOCALE;
const FT = OrganisationKind.FRANCE_TRAVAIL;
const COMPANY = OrganisationKind.COMPANY;
const REGION = OrganisationKind.REGION;
const ALL = [OF, ML, FT, COMPANY, REGION];

const wholeTeam = (category: EventCategory, notifies: OrganisationKind[] = []): AudienceRule => ({
  category, reach: { [OF]: "team", [ML]: "team", [FT]: "team", [COMPANY]: "team", [REGION]: "team" }, notifies,
});
/** A company's job: the team, but among companies only the one concerned. */
const companyJob = (category: EventCategory, notifies: OrganisationKind[]): AudienceRule => ({
  category, reach: { [OF]: "team", [ML]: "team", [FT]: "team", [COMPANY]: "concerned", [REGION]: "team" }, notifies,
});
/** A candidate's path: its adviser, its training organisation, the company it is meant for, the Region. */
const candidatePath = (category: EventCategory, notifies: OrganisationKind[]): AudienceRule => ({
  category, reach: { [OF]: "concerned", [ML]: "concerned", [FT]: "concerned", [COMPANY]: "concerned", [REGION]: "team" }, notifies,
});
/** Between the training organisation (and companies concerned) and the Region. */
const withRegion = (category: EventCategory, notifies: OrganisationKind[], companies = false): AudienceRule => ({
  category, reach: { [OF]: "concerned", ...(companies ? { [COMPANY]: "concerned" as Reach } : {}), [REGION]: "team" }, notifies,
});
const ownOrganisation: AudienceRule = { category: EventCategory.ACCOUNT, reach: {}, notifies: [] };

const C = EventCategory;

export const EVENT_AUDIENCE = {
  // seed 001: the Region, pilot of every operation, is told of it « au plus tôt »
  OPERATION_CREATED: wholeTeam(C.OPERATION, [REGION]),
  MEETING_SCHEDULED: wholeTeam(C.OPERATION, ALL),
  MEETING_RESCHEDULED: wholeTeam(C.OPERATION, ALL),
  MEETING_RECORDED: wholeTeam(C.OPERATION),
  TEAM_MEMBER_ADDED: wholeTeam(C.OPERATION, [OF, REGION]),
  TEAM_MEMBER_REMOVED: wholeTeam(C.OPERATION, [OF, REGION]),
  TRAINING_SESSION_CREATED: wholeTeam(C.OPERATION),
  TRAINING_SESSION_UPDATED: wholeTeam(C.OPERATION),
  HIRING_INTENTION_SUBMITTED: companyJob(C.RECRUITMENT, [OF, ML, FT, REGION]),
  DEROGATION_GRANTED: companyJob(C.RECRUITMENT, [OF, COMPANY]),
  HIRING_INTENTION_WITHDRAWN: companyJob(C.RECRUITMENT, [OF, ML, FT, REGION]),
  WITHDRAWAL_SOLUTION_RECORDED: companyJob(C.RECRUITMENT, [REGION]),
  CANDIDATE_PROPOSED: candidatePath(C.RECRUITMENT, [OF, COMPANY]),
  CANDIDACY_INFORMATION_SESSION: candidatePath(C.RECRUITMENT, [ML, FT]),
  CANDIDACY_SELECTION: candidatePath(C.RECRUITMENT, [ML, FT, COMPANY]),
  CANDIDACY_ADMITTED: candidatePath(C.RECRUITMENT, [ML, FT, COMPANY]),
  CANDIDACY_DECLINED: candidatePath(C.RECRUITMENT, [ML, FT]),
  CANDIDACY_WITHDRAWN: candidatePath(C.RECRUITMENT, [OF, COMPANY]),
  CANDIDACY_LEFT: candidatePath(C.RECRUITMENT, [ML, FT, COMPANY, REGION]),
  PROFILE_VALIDATED: candidatePath(C.RECRUITMENT, []),
  TRAINEE_PAIRED: candidatePath(C.RECRUITMENT, [ML, FT, COMPANY]),
  PAIRING_ENDED: candidatePath(C.RECRUITMENT, [ML, FT, COMPANY]),
  GROUP_CONSTITUTED: wholeTeam(C.RECRUITMENT, ALL),
  GROUP_BELOW_MINIMUM: withRegion(C.RECRUITMENT, [OF, REGION]),
  PATH_REFERENT_SET: candidatePath(C.RECRUITMENT, [ML, FT]),
  IMMERSION_SCHEDULED: candidatePath(C.RECRUITMENT, [COMPANY]),
  IMMERSION_DEBRIEFED: candidatePath(C.RECRUITMENT, [ML, FT, COMPANY]),
  CONVENTION_DRAFTED: wholeTeam(C.CONVENTION, [REGION]),
  CONVENTION_UPDATED: wholeTeam(C.CONVENTION),
  CONVENTION_SIGNATURES_RESET: wholeTeam(C.CONVENTION, ALL),
  SIGNATURE_DATE_OPTIONS_SENT: wholeTeam(C.CONVENTION, [REGION]),
  CONVENTION_DRAFT_SENT: wholeTeam(C.CONVENTION, [REGION]),
  CONVENTION_FORWARDED_TO_CABINET: wholeTeam(C.CONVENTION, [OF]),
  OFFICIAL_INVITATIONS_SENT: wholeTeam(C.CONVENTION, ALL),
  SAVE_THE_DATE_SENT: wholeTeam(C.CONVENTION, ALL),
  CONVENTION_SIGNED_BY_PARTNER: wholeTeam(C.CONVENTION),
  CONVENTION_SIGNED: wholeTeam(C.CONVENTION, ALL),
  CONVENTION_SIGNATORY_ADDED: wholeTeam(C.CONVENTION, [OF, REGION]),
  CONVENTION_SIGNATORY_WITHDRAWN: wholeTeam(C.CONVENTION, [OF, REGION]),
  SIGNATURE_ATTENDANCE_RECORDED: wholeTeam(C.CONVENTION),
  // the signature's date, time or place changed after the signatories were told (save the date, invitations)
  SIGNATURE_DATE_CHANGED: wholeTeam(C.CONVENTION, ALL),
  REVIEW_SCHEDULED: wholeTeam(C.REVIEW, ALL),
  REVIEW_RESCHEDULED: wholeTeam(C.REVIEW, ALL),
  REVIEW_RECORDED: wholeTeam(C.REVIEW, ALL),
  REVIEW_OUTCOME_RECORDED: candidatePath(C.REVIEW, [ML, FT, COMPANY]),
  REVIEW_OUTCOME_CORRECTED: candidatePath(C.REVIEW, [ML, FT, COMPANY]),
  FOLLOW_UPS_PLANNED: candidatePath(C.REVIEW, []),
  FOLLOW_UP_REPORTED: candidatePath(C.REVIEW, [REGION]),
  FOLLOW_UP_CORRECTED: candidatePath(C.REVIEW, [REGION]),
  CONFORMITY_ATTESTATION_ISSUED: withRegion(C.FUNDING, [OF]),
  DEFI_BONUS_REQUESTED: withRegion(C.FUNDING, [REGION]),
  DEFI_BONUS_ACKNOWLEDGED: withRegion(C.FUNDING, [OF]),
  DEFI_BONUS_PAID: withRegion(C.FUNDING, [OF]),
  SESSION_CLOSED: wholeTeam(C.OPERATION, ALL),
  OPERATION_CLOSED: wholeTeam(C.OPERATION, ALL),
  PURCHASE_ORDER_REQUESTED: withRegion(C.FUNDING, [OF, REGION], true),
  PURCHASE_ORDER_VALIDATED_BY_HEAD_OF_UNIT: withRegion(C.FUNDING, [OF, REGION], true),
  PURCHASE_ORDER_VALIDATED: withRegion(C.FUNDING, [OF, COMPANY], true),
  PURCHASE_ORDER_REFUSED: withRegion(C.FUNDING, [OF, COMPANY], true),
  PURCHASE_ORDER_CANCELLED: withRegion(C.FUNDING, [OF, REGION], true),
  SIGNATURE_DATE_OPTIONS_DUE: withRegion(C.DEADLINE, [OF, REGION]),
  CONVENTION_DRAFT_DUE: withRegion(C.DEADLINE, [OF, REGION]),
  FOLLOW_UP_OVERDUE: withRegion(C.DEADLINE, [OF, REGION]),
  // a few days before a deadline of the training organisation (J-28, J-20, a follow-up due): it is the one who acts
  DEADLINE_REMINDER: withRegion(C.DEADLINE, [OF]),
  // a few days before the signature, and on the day: every signatory of the team
  SIGNATURE_DAY_REMINDER: wholeTeam(C.DEADLINE, ALL),
  // the directory and people: the acting organisation, plus those told (the organisation concerned, its Region)
  ORGANISATION_CREATED: { ...ownOrganisation, notifies: [REGION] },
  ORGANISATION_UPDATED: ownOrganisation,
  ORGANISATION_DEACTIVATED: ownOrganisation,
  ORGANISATION_REACTIVATED: ownOrganisation,
  MEMBER_INVITED: ownOrganisation,
  INVITATION_REVOKED: ownOrganisation,
  INVITATION_ACCEPTED: { ...ownOrganisation, notifies: ALL },
  MEMBER_UPDATED: ownOrganisation,
  USER_DEACTIVATED: ownOrganisation,
  USER_REACTIVATED: ownOrganisation,
  PROFILE_UPDATED: ownOrganisation,
  PASSWORD_CHANGED: ownOrganisation,
  PASSWORD_RESET_REQUESTED: ownOrganisation,
  PASSWORD_RESET: ownOrganisation,
  USER_LOGGED_IN: ownOrganisation,
  USER_LOGGED_OUT: ownOrganisation,
  NOTIFICATIONS_READ: ownOrganisation,
  NOTIFICATION_PREFERENCES_UPDATED: ownOrganisation,
  DEMO_DATA_SEEDED: ownOrganisation,
} satisfies Record<string, AudienceRule>;

export type EventType = keyof typeof EVENT_AUDIENCE;

export const isEventType = (type: string): type is EventType => type in EVENT_AUDIENCE;

export function audienceRule(type: EventType): AudienceRule {
  return EVENT_AUDIENCE[type];
}

export const eventTypesOf = (category: EventCategory): EventType[] =>
  (Object.keys(EVENT_AUDIENCE) as EventType[]).filter((t) => EVENT_AUDIENCE[t].category === category);
