import { todayInParis } from "../../server/src/domain/calendar";
import { OrganisationKind } from "../../server/src/domain/kinds";
import { WORLD_INVITATION_TOKEN } from "../support/world";

/**
 * Who sees what (DOMAIN.md), as data. Each probe is a query run by one viewer per partner kind on
 * the world of test/support/world.ts; `paths` pick labels (titles, names) out of the answer, and
 * `sees` lists exactly the labels that kind must get. Everything else the world holds is what it
 * must not see. Viewers: OF1, ML1, FT1 and Company A (all on "Op A"), and the Region Centre-Val de
 * Loire (which sees "Op A" and "Op B", never "Op C" in Pays de la Loire).
 */
export interface Probe {
  query: string;
  variables?: (ids: Record<string, string>) => Record<string, string>;
  paths: string[];
  sees: Record<OrganisationKind, string[]>;
}

type Short = { OF: string[]; ML: string[]; FT: string[]; CO: string[]; RE: string[] };
const sees = (s: Short): Record<OrganisationKind, string[]> => ({
  TRAINING_ORGANISATION: s.OF, MISSION_LOCALE: s.ML, FRANCE_TRAVAIL: s.FT, COMPANY: s.CO, REGION: s.RE,
});
/** Same labels for the four partners on Op A's team; the Region may see more. */
const team = (labels: string[], region: string[] = labels) => sees({ OF: labels, ML: labels, FT: labels, CO: labels, RE: region });
const probe = (query: string, paths: string | string[], s: Record<OrganisationKind, string[]>, variables?: Probe["variables"]): Probe => ({
  query, paths: Array.isArray(paths) ? paths : [paths], sees: s, variables,
});
const byIds = (field: string, selection: string, keys: string[]) => ({
  query: `query(${keys.map((_, i) => `$k${i}: ID!`).join(", ")}) { ${keys.map((_, i) => `k${i}: ${field}(id: $k${i}) ${selection}`).join(" ")} }`,
  variables: (ids: Record<string, string>) => Object.fromEntries(keys.map((k, i) => [`k${i}`, ids[k]])),
  paths: (path: string) => keys.map((_, i) => `k${i}.${path}`),
});

const OP_A_ORGS = ["OF1", "ML1", "FT1", "Company A", "Company B", "Region CVL", "OF-Gone"];
const OP_B_ORGS = ["OF2", "ML2", "Company C"];
const SIGNATORIES_A = ["OF1", "ML1", "FT1", "Company A", "Company B", "Region CVL"];
const INTENTIONS = sees({ OF: ["Cariste A", "Préparateur B"], ML: ["Cariste A", "Préparateur B"], FT: ["Cariste A", "Préparateur B"], CO: ["Cariste A"], RE: ["Cariste A", "Préparateur B", "Soudeur C"] });
const CANDIDATES = sees({ OF: ["Martin", "Bernard", "Petit"], ML: ["Martin", "Petit"], FT: ["Bernard"], CO: ["Martin"], RE: ["Martin", "Bernard", "Petit", "Durand"] });
/** trainees with an immersion, outcome and follow-up: Martin (ML1 → Company A), Bernard (FT1 → Company B), Durand (Op B) */
const trainees = (prefix: string) => sees({
  OF: [`${prefix} Martin`, `${prefix} Bernard`], ML: [`${prefix} Martin`], FT: [`${prefix} Bernard`], CO: [`${prefix} Martin`],
  RE: [`${prefix} Martin`, `${prefix} Bernard`, `${prefix} Durand`],
});
const TRAINEE_NAMES = sees({ OF: ["Martin", "Bernard"], ML: ["Martin"], FT: ["Bernard"], CO: ["Martin"], RE: ["Martin", "Bernard", "Durand"] });
const PAIRED_JOBS = sees({ OF: ["Cariste A", "Préparateur B"], ML: ["Cariste A"], FT: ["Préparateur B"], CO: ["Cariste A"], RE: ["Cariste A", "Préparateur B", "Soudeur C"] });
const ORDERS = sees({ OF: ["Cariste A", "Préparateur B"], ML: [], FT: [], CO: ["Cariste A"], RE: ["Cariste A", "Préparateur B"] });
const PROPOSERS = sees({ OF: ["ML1", "FT1"], ML: ["ML1"], FT: ["FT1"], CO: ["ML1"], RE: ["ML1", "FT1", "ML2"] });
const OWN = sees({ OF: ["OF1"], ML: ["ML1"], FT: ["FT1"], CO: ["Company A"], RE: ["Region CVL"] });
const SESSIONS = team(["Session A"], ["Session A", "Session B"]);
const OPERATIONS = team(["Op A"], ["Op A", "Op B"]);
const LOGIN = "USER_LOGGED_IN";
/** what only the Region gets (the other kinds get null) */
const REGION_ONLY = (labels: string[]) => sees({ OF: [], ML: [], FT: [], CO: [], RE: labels });
/** each user sees its own notifications only; OF-Gone's, on an operation it left, nobody */
const NOTIFIED = sees({ OF: ["A_TEAM"], ML: ["A_ML1_CANDIDATE"], FT: [], CO: ["A_TEAM"], RE: ["B_TEAM"] });
const STEP_CODES = ["CALL_FOR_TENDERS", "TRAINING_ENGINEERING", "PREPARATORY_MEETING", "ADMINISTRATIVE_ENTRY", "GROUP_CONSTITUTION", "SESSION_START", "SIGNATURE", "REVIEW", "CLOSURE", "FOLLOW_UP"];
const PLANNING_CODES = ["DATE_OPTIONS_TO_RTF", "DRAFT_TO_RTF", "FORWARDED_TO_CABINET", "OFFICIAL_INVITATIONS", "SAVE_THE_DATE"];

const q = {
  operation: byIds("operation", "{ title }", ["Op A", "Op B", "Op C"]),
  organisation: byIds("organisation", "{ name }", ["Company B", "Company C", "Region PDL"]),
  trainingSession: byIds("trainingSession", "{ title }", ["Session A", "Session B", "Session C"]),
  hiringIntention: byIds("hiringIntention", "{ jobTitle }", ["Préparateur B", "Soudeur C", "Boulanger D"]),
  candidate: byIds("candidate", "{ lastName }", ["Bernard", "Durand", "Moreau"]),
  candidacy: byIds("candidacy", "{ candidate { lastName } }", ["candidacy:Bernard", "candidacy:Petit", "candidacy:Moreau"]),
  pairing: byIds("pairing", "{ hiringIntention { jobTitle } }", ["pairing:Martin", "pairing:Bernard", "pairing:Moreau"]),
  convention: byIds("convention", "{ title }", ["Convention A", "Convention B", "Convention C"]),
  immersion: byIds("immersion", "{ debrief }", ["immersion:Bernard", "immersion:Durand", "immersion:Moreau"]),
  review: byIds("review", "{ qualitativeNotes }", ["review:Session A", "review:Session B", "review:Session C"]),
  followUp: byIds("followUp", "{ employerName }", ["followUp:Bernard", "followUp:Moreau"]),
  closure: byIds("closure", "{ trainingSession { title } }", ["closure:Session A", "closure:Session C"]),
  purchaseOrder: byIds("purchaseOrder", "{ hiringIntention { jobTitle } }", ["order:Préparateur B", "order:Boulanger D"]),
  programme: byIds("programme", "{ code }", ["DEFI", "UN_EMPLOI_UNE_FORMATION"]),
};

export const QUERY_FIELDS: Record<string, Probe> = {
  viewer: probe(`{ viewer { organisation { name } } }`, "viewer.organisation.name", OWN),
  // whoever holds an invitation's link reads what it is for (the page opens before any account exists)
  invitation: probe(`query($t: String!) { invitation(token: $t) { email } }`, "invitation.email", team(["invite-of1@world.test"]), () => ({ t: WORLD_INVITATION_TOKEN })),
  // the platform's date is the same for everyone
  today: probe(`{ today }`, "today", team([todayInParis(new Date())])),
  programmes: probe(`{ programmes { nodes { code } } }`, "programmes.nodes.code", team(["DEFI", "UN_EMPLOI_UNE_FORMATION"])),
  programme: probe(q.programme.query, q.programme.paths("code"), team(["DEFI", "UN_EMPLOI_UNE_FORMATION"]), q.programme.variables),
  organisations: probe(`{ organisations(first: 100) { nodes { name } } }`, "organisations.nodes.name", team(OP_A_ORGS, [...OP_A_ORGS, ...OP_B_ORGS])),
  organisation: probe(q.organisation.query, q.organisation.paths("name"), team(["Company B"], ["Company B", "Company C"]), q.organisation.variables),
  operations: probe(`{ operations { nodes { title } } }`, "operations.nodes.title", OPERATIONS),
  operation: probe(q.operation.query, q.operation.paths("title"), OPERATIONS, q.operation.variables),
  trainingSessions: probe(`{ trainingSessions { nodes { title } } }`, "trainingSessions.nodes.title", SESSIONS),
  trainingSession: probe(q.trainingSession.query, q.trainingSession.paths("title"), SESSIONS, q.trainingSession.variables),
  hiringIntentions: probe(`{ hiringIntentions { nodes { jobTitle } } }`, "hiringIntentions.nodes.jobTitle", INTENTIONS),
  hiringIntention: probe(q.hiringIntention.query, q.hiringIntention.paths("jobTitle"),
    sees({ OF: ["Préparateur B"], ML: ["Préparateur B"], FT: ["Préparateur B"], CO: [], RE: ["Préparateur B", "Soudeur C"] }), q.hiringIntention.variables),
  candidates: probe(`{ candidates { nodes { lastName } } }`, "candidates.nodes.lastName", CANDIDATES),
  candidate: probe(q.candidate.query, q.candidate.paths("lastName"),
    sees({ OF: ["Bernard"], ML: [], FT: ["Bernard"], CO: [], RE: ["Bernard", "Durand"] }), q.candidate.variables),
  candidacies: probe(`{ candidacies { nodes { candidate { lastName } } } }`, "candidacies.nodes.candidate.lastName", CANDIDATES),
  candidacy: probe(q.candidacy.query, q.candidacy.paths("candidate.lastName"),
    sees({ OF: ["Bernard", "Petit"], ML: ["Petit"], FT: ["Bernard"], CO: [], RE: ["Bernard", "Petit"] }), q.candidacy.variables),
  pairings: probe(`{ pairings { nodes { hiringIntention { jobTitle } } } }`, "pairings.nodes.hiringIntention.jobTitle", PAIRED_JOBS),
  pairing: probe(q.pairing.query, q.pairing.paths("hiringIntention.jobTitle"),
    sees({ OF: ["Cariste A", "Préparateur B"], ML: ["Cariste A"], FT: ["Préparateur B"], CO: ["Cariste A"], RE: ["Cariste A", "Préparateur B"] }), q.pairing.variables),
  conventions: probe(`{ conventions { nodes { title } } }`, "conventions.nodes.title", team(["Convention A"], ["Convention A", "Convention B"])),
  convention: probe(q.convention.query, q.convention.paths("title"), team(["Convention A"], ["Convention A", "Convention B"]), q.convention.variables),
  immersions: probe(`{ immersions { nodes { debrief } } }`, "immersions.nodes.debrief", trainees("débrief")),
  immersion: probe(q.immersion.query, q.immersion.paths("debrief"),
    sees({ OF: ["débrief Bernard"], ML: [], FT: ["débrief Bernard"], CO: [], RE: ["débrief Bernard", "débrief Durand"] }), q.immersion.variables),
  reviews: probe(`{ reviews { nodes { qualitativeNotes } } }`, "reviews.nodes.qualitativeNotes", team(["bilan Session A"], ["bilan Session A", "bilan Session B"])),
  review: probe(q.review.query, q.review.paths("qualitativeNotes"), team(["bilan Session A"], ["bilan Session A", "bilan Session B"]), q.review.variables),
  followUps: probe(`{ followUps { nodes { employerName } } }`, "followUps.nodes.employerName", trainees("employeur")),
  followUp: probe(q.followUp.query, q.followUp.paths("employerName"),
    sees({ OF: ["employeur Bernard"], ML: [], FT: ["employeur Bernard"], CO: [], RE: ["employeur Bernard"] }), q.followUp.variables),
  closures: probe(`{ closures { nodes { trainingSession { title } } } }`, "closures.nodes.trainingSession.title", SESSIONS),
  closure: probe(q.closure.query, q.closure.paths("trainingSession.title"), team(["Session A"]), q.closure.variables),
  purchaseOrders: probe(`{ purchaseOrders { nodes { hiringIntention { jobTitle } } } }`, "purchaseOrders.nodes.hiringIntention.jobTitle", ORDERS),
  purchaseOrder: probe(q.purchaseOrder.query, q.purchaseOrder.paths("hiringIntention.jobTitle"),
    sees({ OF: ["Préparateur B"], ML: [], FT: [], CO: [], RE: ["Préparateur B"] }), q.purchaseOrder.variables),
  // what each must do now, all on its own operation: the OF has signed Convention A, the others have not;
  // the Region signs through its elected representative, not its RTF (the Region's viewer here)
  tasks: probe(`{ tasks { code operationTitle } }`, ["tasks.code", "tasks.operationTitle"], sees({
    OF: ["SEND_DATE_OPTIONS", "SEND_CONVENTION_DRAFT", "CONSTITUTE_GROUP", "Op A"], ML: ["PROPOSE_CANDIDATES", "SIGN_CONVENTION", "Op A"],
    FT: ["PROPOSE_CANDIDATES", "SIGN_CONVENTION", "Op A"], CO: ["SIGN_CONVENTION", "Op A"], RE: [],
  })),
  notifications: probe(`{ notifications(first: 100) { nodes { event { type } } } }`, "notifications.nodes.event.type", NOTIFIED),
  unreadNotificationCount: probe(`{ unreadNotificationCount }`, "unreadNotificationCount", sees({ OF: ["1"], ML: ["1"], FT: ["0"], CO: ["1"], RE: ["1"] })),
  // the reporting on insertion is the Region's: over its territory's sessions (not Op C's); null for the others
  insertionReport: probe(`{ insertionReport { rows { trainingSessionTitle } } }`, "insertionReport.rows.trainingSessionTitle", REGION_ONLY(["Session A", "Session B"])),
  events: probe(`{ events(first: 500) { nodes { type } } }`, "events.nodes.type", sees({
    OF: [LOGIN, "A_TEAM", "A_ML1_CANDIDATE", "A_COMPANY_B_ONLY"], ML: [LOGIN, "A_TEAM", "A_ML1_CANDIDATE"], FT: [LOGIN, "A_TEAM"], CO: [LOGIN, "A_TEAM"],
    RE: [LOGIN, "A_TEAM", "A_ML1_CANDIDATE", "A_COMPANY_B_ONLY", "B_TEAM"],
  })),
};

const list = (root: string, selection: string) => `{ ${root} { nodes ${selection} } }`;

export const RELATION_FIELDS: Record<string, Probe> = {
  "Notification.event": probe(`{ notifications(first: 100) { nodes { event { type } } } }`, "notifications.nodes.event.type", NOTIFIED),
  "Viewer.user": probe(`{ viewer { user { lastName } } }`, "viewer.user.lastName", OWN),
  "Viewer.organisation": QUERY_FIELDS.viewer,
  // the signed-in person's own e-mail preferences, one per category (whose they are, and the defaults per role: test/notifications/preferences)
  "Viewer.notificationPreferences": probe(`{ viewer { notificationPreferences { category } } }`, "viewer.notificationPreferences.category",
    team(["ACCOUNT", "CONVENTION", "DEADLINE", "FUNDING", "OPERATION", "RECRUITMENT", "REVIEW"])),
  "User.organisation": probe(`{ viewer { user { organisation { name } } } }`, "viewer.user.organisation.name", OWN),
  "Organisation.invitations": probe(`{ organisations(first: 100) { nodes { invitations { email } } } }`, "organisations.nodes.invitations.email",
    sees({ OF: ["invite-of1@world.test"], ML: [], FT: [], CO: [], RE: ["invite-company-c@world.test"] })),
  "Organisation.groupementLead": probe(`{ organisations(first: 100) { nodes { groupementLead { name } } } }`, "organisations.nodes.groupementLead.name",
    sees({ OF: [], ML: [], FT: [], CO: [], RE: ["OF1"] })),
  "Organisation.members": probe(`{ organisations(first: 100) { nodes { members { nodes { lastName } } } } }`, "organisations.nodes.members.nodes.lastName", OWN),
  "Programme.rules": probe(list("programmes", "{ rules { followUpMonths } }"), "programmes.nodes.rules.followUpMonths", team(["3", "6"])),
  "ProgrammeRulesType.thresholdTable": probe(list("programmes", "{ rules { thresholdTable { minimumEngaged } } }"), "programmes.nodes.rules.thresholdTable.minimumEngaged", team(["6", "7", "8", "9", "10", "11"])),
  "ProgrammeRulesType.signatureDeadlines": probe(list("programmes", "{ rules { signatureDeadlines { code } } }"), "programmes.nodes.rules.signatureDeadlines.code", team(["DATE_OPTIONS_TO_RTF", "DRAFT_TO_RTF"])),
  "Operation.programme": probe(list("operations", "{ programme { code } }"), "operations.nodes.programme.code", team(["DEFI"])),
  "Operation.createdBy": probe(list("operations", "{ createdBy { name } }"), "operations.nodes.createdBy.name", team(["OF1"], ["OF1", "OF2"])),
  "Operation.team": probe(list("operations", "{ team { organisation { name } } }"), "operations.nodes.team.organisation.name", team(OP_A_ORGS, [...OP_A_ORGS, ...OP_B_ORGS])),
  "TeamMembership.organisation": probe(list("operations", "{ team { organisation { name } } }"), "operations.nodes.team.organisation.name", team(OP_A_ORGS, [...OP_A_ORGS, ...OP_B_ORGS])),
  "TeamMembership.operation": probe(list("operations", "{ team { operation { title } } }"), "operations.nodes.team.operation.title", OPERATIONS),
  "Operation.trainingSessions": probe(list("operations", "{ trainingSessions { title } }"), "operations.nodes.trainingSessions.title", SESSIONS),
  "Operation.hiringIntentions": probe(list("operations", "{ hiringIntentions { jobTitle } }"), "operations.nodes.hiringIntentions.jobTitle", INTENTIONS),
  "Operation.purchaseOrders": probe(list("operations", "{ purchaseOrders { hiringIntention { jobTitle } } }"), "operations.nodes.purchaseOrders.hiringIntention.jobTitle", ORDERS),
  "TrainingSession.operation": probe(list("trainingSessions", "{ operation { title } }"), "trainingSessions.nodes.operation.title", OPERATIONS),
  "TrainingSession.trainingOrganisation": probe(list("trainingSessions", "{ trainingOrganisation { name } }"), "trainingSessions.nodes.trainingOrganisation.name", team(["OF1"], ["OF1", "OF2"])),
  "TrainingSession.candidacies": probe(list("trainingSessions", "{ candidacies { candidate { lastName } } }"), "trainingSessions.nodes.candidacies.candidate.lastName", CANDIDATES),
  // advisers and companies see every candidacy of the session as a count, not in full
  "TrainingSession.candidacyCounts": probe(list("trainingSessions", "{ candidacyCounts { total } }"), "trainingSessions.nodes.candidacyCounts.total", team(["3"], ["3", "1"])),
  "CandidacyCounts.byStatus": probe(list("trainingSessions", "{ candidacyCounts { byStatus { status } } }"), "trainingSessions.nodes.candidacyCounts.byStatus.status", team(["ADMITTED", "PROPOSED"])),
  // live qualification counts the session's active pairings: Session A has 2, Session B 1
  "TrainingSession.qualification": probe(list("trainingSessions", "{ qualification { counted } }"), "trainingSessions.nodes.qualification.counted", team(["2"], ["2", "1"])),
  "Operation.steps": probe(list("operations", "{ steps { code } }"), "operations.nodes.steps.code", team(STEP_CODES)),
  "Operation.meetings": probe(list("operations", "{ meetings { place } }"), "operations.nodes.meetings.place", team(["salle Op A"], ["salle Op A", "salle Op B"])),
  "Meeting.organisedBy": probe(list("operations", "{ meetings { organisedBy { name } } }"), "operations.nodes.meetings.organisedBy.name", team(["OF1"], ["OF1", "OF2"])),
  "Meeting.attendingOrganisations": probe(list("operations", "{ meetings { attendingOrganisations { name } } }"), "operations.nodes.meetings.attendingOrganisations.name", team(["OF1", "ML1", "Company A"], ["OF1", "ML1", "Company A", "OF2", "ML2"])),
  // candidates who attended, each as the viewer may see candidacies; every partner sees the count
  "Meeting.attendingCandidacies": probe(list("operations", "{ meetings { attendingCandidacies { candidate { lastName } } } }"), "operations.nodes.meetings.attendingCandidacies.candidate.lastName", CANDIDATES),
  "Review.attendingOrganisations": probe(list("reviews", "{ attendingOrganisations { name } }"), "reviews.nodes.attendingOrganisations.name", team(["OF1", "ML1", "Company A", "Company B", "Region CVL"], ["OF1", "ML1", "Company A", "Company B", "Region CVL", "OF2", "Company C"])),
  "Review.attendingTrainees": probe(list("reviews", "{ attendingTrainees { candidate { lastName } } }"), "reviews.nodes.attendingTrainees.candidate.lastName", TRAINEE_NAMES),
  "ReviewOutcome.employer": probe(list("reviews", "{ outcomes { employer { name } } }"), "reviews.nodes.outcomes.employer.name",
    sees({ OF: ["Company A", "Company B"], ML: ["Company A"], FT: ["Company B"], CO: ["Company A"], RE: ["Company A", "Company B", "Company C"] })),
  "Convention.signatureAttendingOrganisations": probe(list("conventions", "{ signatureAttendingOrganisations { name } }"), "conventions.nodes.signatureAttendingOrganisations.name", team(["OF1", "ML1", "Company B"], ["OF1", "ML1", "Company B", "OF2"])),
  "Convention.signatureOptions": probe(list("conventions", "{ signatureOptions { date } }"), "conventions.nodes.signatureOptions.date", team(["2027-02-01"])),
  "Convention.signatureAttendingTrainees": probe(list("conventions", "{ signatureAttendingTrainees { candidate { lastName } } }"), "conventions.nodes.signatureAttendingTrainees.candidate.lastName", TRAINEE_NAMES),
  "Convention.planning": probe(list("conventions", "{ planning { code } }"), "conventions.nodes.planning.code", team(PLANNING_CODES)),
  // the frozen PDFs of a convention go with the convention: whoever sees it reads them all
  "Convention.signedDocuments": probe(list("conventions", "{ signedDocuments { sha256 } }"), "conventions.nodes.signedDocuments.sha256", team(["frozen Convention A"], ["frozen Convention A", "frozen Convention B"])),
  "TrainingSession.hiringIntentions": probe(list("trainingSessions", "{ hiringIntentions { jobTitle } }"), "trainingSessions.nodes.hiringIntentions.jobTitle", INTENTIONS),
  "TrainingSession.convention": probe(list("trainingSessions", "{ convention { title } }"), "trainingSessions.nodes.convention.title", team(["Convention A"], ["Convention A", "Convention B"])),
  "TrainingSession.reviews": probe(list("trainingSessions", "{ reviews { qualitativeNotes } }"), "trainingSessions.nodes.reviews.qualitativeNotes", team(["bilan Session A"], ["bilan Session A", "bilan Session B"])),
  "TrainingSession.closure": probe(list("trainingSessions", "{ closure { trainingSession { title } } }"), "trainingSessions.nodes.closure.trainingSession.title", SESSIONS),
  "Closure.trainingSession": QUERY_FIELDS.closures,
  "HiringIntention.operation": probe(list("hiringIntentions", "{ operation { title } }"), "hiringIntentions.nodes.operation.title", OPERATIONS),
  "HiringIntention.company": probe(list("hiringIntentions", "{ company { name } }"), "hiringIntentions.nodes.company.name",
    sees({ OF: ["Company A", "Company B"], ML: ["Company A", "Company B"], FT: ["Company A", "Company B"], CO: ["Company A"], RE: ["Company A", "Company B", "Company C"] })),
  "HiringIntention.trainingOrganisation": probe(list("hiringIntentions", "{ trainingOrganisation { name } }"), "hiringIntentions.nodes.trainingOrganisation.name", team(["OF1"], ["OF1", "OF2"])),
  "HiringIntention.trainingSession": probe(list("hiringIntentions", "{ trainingSession { title } }"), "hiringIntentions.nodes.trainingSession.title", SESSIONS),
  "HiringIntention.evidenceFile": probe(list("hiringIntentions", "{ evidenceFile { fileName } }"), "hiringIntentions.nodes.evidenceFile.fileName",
    sees({ OF: ["lettre Cariste A.txt", "lettre Préparateur B.txt"], ML: ["lettre Cariste A.txt", "lettre Préparateur B.txt"], FT: ["lettre Cariste A.txt", "lettre Préparateur B.txt"], CO: ["lettre Cariste A.txt"], RE: ["lettre Cariste A.txt", "lettre Préparateur B.txt", "lettre Soudeur C.txt"] })),
  "HiringIntention.candidacies": probe(list("hiringIntentions", "{ candidacies { candidate { lastName } } }"), "hiringIntentions.nodes.candidacies.candidate.lastName", TRAINEE_NAMES),
  "HiringIntention.pairings": probe(list("hiringIntentions", "{ pairings { candidacy { candidate { lastName } } } }"), "hiringIntentions.nodes.pairings.candidacy.candidate.lastName", TRAINEE_NAMES),
  "Pairing.candidacy": probe(list("pairings", "{ candidacy { candidate { lastName } } }"), "pairings.nodes.candidacy.candidate.lastName", TRAINEE_NAMES),
  "Pairing.hiringIntention": QUERY_FIELDS.pairings,
  "HiringIntention.purchaseOrders": probe(list("hiringIntentions", "{ purchaseOrders { lead { name } } }"), "hiringIntentions.nodes.purchaseOrders.lead.name",
    sees({ OF: ["OF1"], ML: [], FT: [], CO: ["OF1"], RE: ["OF1"] })),
  "HiringIntention.purchaseOrder": probe(list("hiringIntentions", "{ purchaseOrder { lead { name } } }"), "hiringIntentions.nodes.purchaseOrder.lead.name",
    sees({ OF: ["OF1"], ML: [], FT: [], CO: ["OF1"], RE: ["OF1"] })),
  "Candidate.proposedBy": probe(list("candidates", "{ proposedBy { name } }"), "candidates.nodes.proposedBy.name", PROPOSERS),
  "Candidate.candidacies": probe(list("candidates", "{ candidacies { trainingSession { title } } }"), "candidates.nodes.candidacies.trainingSession.title", SESSIONS),
  "Candidacy.candidate": QUERY_FIELDS.candidacies,
  "Candidacy.trainingSession": probe(list("candidacies", "{ trainingSession { title } }"), "candidacies.nodes.trainingSession.title", SESSIONS),
  "Candidacy.hiringIntention": probe(list("candidacies", "{ hiringIntention { jobTitle } }"), "candidacies.nodes.hiringIntention.jobTitle", PAIRED_JOBS),
  "Candidacy.proposedBy": probe(list("candidacies", "{ proposedBy { name } }"), "candidacies.nodes.proposedBy.name", PROPOSERS),
  "Candidacy.pairings": probe(list("candidacies", "{ pairings { hiringIntention { jobTitle } } }"), "candidacies.nodes.pairings.hiringIntention.jobTitle", PAIRED_JOBS),
  "Candidacy.immersions": probe(list("candidacies", "{ immersions { debrief } }"), "candidacies.nodes.immersions.debrief", trainees("débrief")),
  "Candidacy.reviewOutcomes": probe(list("candidacies", "{ reviewOutcomes { certificationTitle } }"), "candidacies.nodes.reviewOutcomes.certificationTitle", trainees("certif")),
  "Candidacy.followUps": probe(list("candidacies", "{ followUps { employerName } }"), "candidacies.nodes.followUps.employerName", trainees("employeur")),
  "Convention.trainingSession": probe(list("conventions", "{ trainingSession { title } }"), "conventions.nodes.trainingSession.title", SESSIONS),
  "Convention.signatories": probe(list("conventions", "{ signatories { organisation { name } } }"), "conventions.nodes.signatories.organisation.name", team(SIGNATORIES_A, [...SIGNATORIES_A, ...OP_B_ORGS])),
  "ConventionSignatory.organisation": probe(list("conventions", "{ signatories { organisation { name } } }"), "conventions.nodes.signatories.organisation.name", team(SIGNATORIES_A, [...SIGNATORIES_A, ...OP_B_ORGS])),
  "ConventionSignatory.signatures": probe(list("conventions", "{ signatories { signatures { conventionVersion } } }"), "conventions.nodes.signatories.signatures.conventionVersion", team(["1"])),
  "Signature.signatory": probe(list("conventions", "{ signatories { signatures { signatory { organisation { name } } } } }"), "conventions.nodes.signatories.signatures.signatory.organisation.name", team(["OF1"], ["OF1", "OF2"])),
  "Immersion.candidacy": probe(list("immersions", "{ candidacy { candidate { lastName } } }"), "immersions.nodes.candidacy.candidate.lastName", TRAINEE_NAMES),
  "Immersion.company": probe(list("immersions", "{ company { name } }"), "immersions.nodes.company.name",
    sees({ OF: ["Company A", "Company B"], ML: ["Company A"], FT: ["Company B"], CO: ["Company A"], RE: ["Company A", "Company B", "Company C"] })),
  "Review.trainingSession": probe(list("reviews", "{ trainingSession { title } }"), "reviews.nodes.trainingSession.title", SESSIONS),
  "Review.outcomes": probe(list("reviews", "{ outcomes { certificationTitle } }"), "reviews.nodes.outcomes.certificationTitle", trainees("certif")),
  "ReviewOutcome.review": probe(list("reviews", "{ outcomes { review { qualitativeNotes } } }"), "reviews.nodes.outcomes.review.qualitativeNotes", team(["bilan Session A"], ["bilan Session A", "bilan Session B"])),
  "ReviewOutcome.candidacy": probe(list("reviews", "{ outcomes { candidacy { candidate { lastName } } } }"), "reviews.nodes.outcomes.candidacy.candidate.lastName", TRAINEE_NAMES),
  "FollowUp.candidacy": probe(list("followUps", "{ candidacy { candidate { lastName } } }"), "followUps.nodes.candidacy.candidate.lastName", TRAINEE_NAMES),
  "PurchaseOrder.operation": probe(list("purchaseOrders", "{ operation { title } }"), "purchaseOrders.nodes.operation.title", sees({ OF: ["Op A"], ML: [], FT: [], CO: ["Op A"], RE: ["Op A"] })),
  "PurchaseOrder.hiringIntention": QUERY_FIELDS.purchaseOrders,
  "PurchaseOrder.lead": probe(list("purchaseOrders", "{ lead { name } }"), "purchaseOrders.nodes.lead.name", sees({ OF: ["OF1"], ML: [], FT: [], CO: ["OF1"], RE: ["OF1"] })),
  "PurchaseOrder.requestedBy": probe(list("purchaseOrders", "{ requestedBy { name } }"), "purchaseOrders.nodes.requestedBy.name", sees({ OF: ["OF1"], ML: [], FT: [], CO: ["OF1"], RE: ["OF1"] })),
  // trainees (admitted, those who left included): Martin and Bernard in Session A, Durand in Session B; follow-ups at 3 and 6 months (DEFI's rules)
  "InsertionReport.rows": QUERY_FIELDS.insertionReport,
  "InsertionReport.totals": probe(`{ insertionReport { totals { trainees } } }`, "insertionReport.totals.trainees", REGION_ONLY(["3"])),
  "InsertionReportRow.figures": probe(`{ insertionReport { rows { figures { trainees } } } }`, "insertionReport.rows.figures.trainees", REGION_ONLY(["2", "1"])),
  "InsertionFigures.followUps": probe(`{ insertionReport { totals { followUps { milestoneMonths } } } }`, "insertionReport.totals.followUps.milestoneMonths", REGION_ONLY(["3", "6"])),
};

/** Fields masked on rows the viewer does see: contact details and the adviser's private notes. */
export const MASKED_FIELDS: Record<string, Probe> = {
  "Candidate.email": probe(list("candidates", "{ email }"), "candidates.nodes.email",
    sees({ OF: ["martin@mail.test", "bernard@mail.test", "petit@mail.test"], ML: ["martin@mail.test", "petit@mail.test"], FT: ["bernard@mail.test"], CO: [], RE: [] })),
  "Candidate.phone": probe(list("candidates", "{ phone }"), "candidates.nodes.phone", sees({ OF: ["0600000000"], ML: ["0600000000"], FT: ["0600000000"], CO: [], RE: [] })),
  "Candidate.postalAddress": probe(list("candidates", "{ postalAddress }"), "candidates.nodes.postalAddress",
    sees({ OF: ["1 rue Martin", "1 rue Bernard", "1 rue Petit"], ML: ["1 rue Martin", "1 rue Petit"], FT: ["1 rue Bernard"], CO: [], RE: [] })),
  "Candidate.privateNotes": probe(list("candidates", "{ privateNotes }"), "candidates.nodes.privateNotes",
    sees({ OF: [], ML: ["notes Martin", "notes Petit"], FT: ["notes Bernard"], CO: [], RE: [] })),
};

/**
 * Subscriptions stream journal events under the same rule as the `events` query (the event's
 * audience, then the viewer's access at delivery); each names the test that checks it per kind.
 */
export const SUBSCRIPTION_FIELDS: Record<string, string> = {
  events: "test/realtime/subscriptions.e2e.test.ts › each partner kind receives exactly its row of the audience table",
  conventionEvents: "test/realtime/subscriptions.e2e.test.ts › typed subscriptions by category",
  recruitmentEvents: "test/realtime/subscriptions.e2e.test.ts › typed subscriptions by category",
  reviewEvents: "test/realtime/subscriptions.e2e.test.ts › typed subscriptions by category (same stream, REVIEW types)",
  notificationReceived: "test/realtime/subscriptions.e2e.test.ts › notifications, live",
};

/**
 * Who hears of each immersion event (`events`; the subscriptions read the same journal) and whose
 * users get a notification of it, in the world's immersion scenario: OF1 schedules an immersion of
 * Martin (ML1's candidate, meant for Company A) at Company B, then debriefs it. Company B
 * ("CO_OTHER") is on the team but is not Martin's company: it may not see his candidacy, so it hears
 * of neither, though it hosts him. FT1 is on the team but is not his adviser. The acting
 * organisation always hears of its action; its user is not notified of it.
 */
export type Listener = "OF" | "ML" | "FT" | "CO" | "CO_OTHER" | "RE";
export interface Hearing {
  hears: Listener[];
  notified: Listener[];
}

export const IMMERSION_EVENTS: Record<string, Hearing> = {
  IMMERSION_SCHEDULED: { hears: ["OF", "ML", "CO", "RE"], notified: ["CO"] },
  IMMERSION_DEBRIEFED: { hears: ["OF", "ML", "CO", "RE"], notified: ["ML", "CO"] },
};

/** Types whose fields are containers (pages, slices, results), not data with a visibility of its own. */
export const CONTAINER_TYPES = /Page$|^PageInfo$|^EventSlice$|^LoginResult$|^Mutation$|^Query$|^Subscription$/;

/** Scalar fields readable by whoever sees the row (the row's visibility is probed above). */
export const ROW_FIELDS: Record<string, string[]> = {
  Attachment: ["contentBase64", "createdAt", "fileName", "id", "mediaType", "sha256", "sizeBytes"],
  Candidacy: ["createdAt", "exitSolution", "id", "pathReferent", "place", "profileValidatedByEmployerAt", "profileValidatedByFranceTravailAt", "profileValidatedByTrainingOrganisationAt", "selectionMethod", "status", "statusReason"],
  CandidacyCounts: ["total"],
  CandidacyStatusCount: ["count", "status"],
  Candidate: ["createdAt", "firstName", "id", "lastName"],
  // the documents' addresses: the router serves them under the same access policy (test/documents)
  Closure: ["attestationIssuedAt", "attestationUrl", "bonusAcknowledgedAt", "bonusPaidAt", "bonusRequestUrl", "bonusRequestedAt", "closedAt", "id"],
  Convention: ["body", "contactSheetUrl", "createdAt", "dateOptionsSentAt", "documentUrl", "draftSentAt", "forwardedToCabinetAt", "id", "invitationsSentAt", "plannedSignatureDate", "saveTheDateSentAt", "signatureAttendanceRecordedAt", "signatureAttendingTraineeCount", "signatureCalendarUrl", "signatureOptions", "signaturePlace", "signedAt", "status", "text", "textSha256", "title", "version"],
  DocumentVersion: ["createdAt", "id", "sha256", "sizeBytes", "url", "version"],
  SignatureOption: ["date", "endTime", "startTime"],
  // the calendar files' addresses: the router serves them under the same access policy (test/notifications/calendar)
  Meeting: ["attendingCandidateCount", "calendarUrl", "createdAt", "heldAt", "id", "kind", "notes", "place", "scheduledAt"],
  ConventionSignatory: ["addedAt", "id", "required", "signed", "withdrawnAt"],
  FollowUp: ["contractType", "dueDate", "employerName", "employmentStatus", "id", "milestoneMonths", "overdue", "reportedAt"],
  HiringIntention: ["committedSteps", "contractDurationMonths", "contractType", "derogationGrantedAt", "derogationReason", "durabilityExplanation", "durableEmployment", "enteredByTrainingOrganisation", "evidenceText", "id", "jobTitle", "positions", "receivedAt", "status", "withdrawalReason", "withdrawalSolution", "withdrawnAt"],
  Immersion: ["debrief", "debriefedAt", "endDate", "id", "kind", "startDate"],
  InsertionFigures: ["certificationRate", "certified", "certifiedFull", "certifiedSkillsBlock", "certifiedSpecificRegister", "contractRate", "contracts", "left", "trainees"],
  InsertionReport: ["milestones"],
  InsertionReportRow: ["department", "endDate", "eosNumber", "fundedPlaces", "operationId", "operationTitle", "programmeName", "startDate", "trainingOrganisationName", "trainingSessionId", "trainingSessionTitle"],
  MilestoneFigures: ["durableEmploymentRate", "employed", "employedDurable", "employmentRate", "milestoneMonths", "planned", "reported"],
  JournalEvent: ["actorOrganisationId", "actorUserId", "id", "occurredAt", "operationId", "payload", "type"],
  Notification: ["createdAt", "id", "readAt"],
  NotificationPreference: ["category", "defaultFrequency", "frequency"],
  Task: ["code", "dueDate", "label", "late", "operationId", "operationTitle", "subjectId"],
  Operation: ["closedAt", "createdAt", "department", "id", "procurementRoute", "status", "territory", "title", "overdueFollowUpCount"],
  OperationStep: ["actors", "code", "endsWhen", "label", "number", "status"],
  Organisation: ["city", "createdAt", "deactivatedAt", "department", "groupementLeadId", "groupementRole", "id", "isSiae", "kind", "name", "siret", "territory", "viewerMayInvite"],
  Invitation: ["acceptedAt", "createdAt", "email", "expiresAt", "firstName", "id", "isAdmin", "lastName", "organisationId", "revokedAt", "role"],
  // what the link's holder reads on the accept-invitation page: Query.invitation is probed by token
  InvitationPreview: ["email", "expiresAt", "firstName", "invitedBy", "isAdmin", "lastName", "organisationName", "role", "status"],
  Pairing: ["endReason", "endedAt", "id", "pairedAt"],
  Programme: ["code", "fundingAct", "id", "name", "territory"],
  ProgrammeRulesType: ["durableContractMinimumMonths", "excludesSiaeEmployers", "followUpMonths", "minimumEngagedShareOutsideTable", "minimumGroupSize", "paysCompletionBonus", "requiredSignatoryKinds", "usesPurchaseOrders",
    "shortContractsNeedDerogation", "usesEos", "hasPartnershipConvention", "reviewKinds", "meetingKinds"],
  PurchaseOrder: ["cancelledAt", "documentUrl", "headOfServiceValidatedAt", "headOfUnitValidatedAt", "id", "receivedAt", "refusalReason", "refusedAt", "status"],
  Qualification: ["counted", "explanation", "missing", "qualified", "required", "rule", "ruleLabel"],
  Review: ["areasToImprove", "attendingTraineeCount", "calendarUrl", "createdAt", "heldAt", "id", "kind", "qualitativeNotes", "scheduledAt", "strengths"],
  ReviewOutcome: ["certificationLevel", "certificationTitle", "contractStartDate", "contractType", "id"],
  Signature: ["conventionVersion", "id", "invalidatedAt", "signedAt"],
  SignatureDeadline: ["code", "daysBeforeStart", "label"],
  SignaturePlanningStep: ["code", "daysLate", "doneAt", "dueDate", "label", "late"],
  TeamMembership: ["id", "isLead", "joinedAt", "leftAt", "leftReason"],
  ThresholdRow: ["fundedPlaces", "minimumEngaged"],
  TrainingSession: ["certificationLevel", "certificationTitle", "createdAt", "defiFlag", "endDate", "eosNumber", "extraPlaces", "fundedPlaces", "groupBelowMinimumAt", "groupConstitutedAt", "hoursInCentre", "hoursInCompany", "id", "location", "permanentEntryExit", "smallerGroupAccepted", "startDate", "title"],
  User: ["createdAt", "deactivatedAt", "email", "firstName", "id", "isAdmin", "lastName", "phone", "role"],
  Viewer: ["kind", "role"],
};
