import type { DataSource, EntityManager } from "typeorm";
import { hashPassword } from "../../server/src/auth/password";
import { hashToken } from "../../server/src/auth/tokens";
import { GroupementRole, MemberRole, OrganisationKind, Territory } from "../../server/src/domain/kinds";
import {
  CandidacyStatus, CertificationLevel, CompanyCommitment, ContractType, ImmersionKind, MeetingKind, PlaceKind, ProcurementRoute, PurchaseOrderStatus,
} from "../../server/src/domain/vocabulary";
import * as E from "../../server/src/entities";

export const WORLD_PASSWORD = "mot-de-passe-de-test";

/** The viewer that stands for each partner kind in the access tests. */
/** the link of OF1's pending invitation of invite-of1@world.test */
export const WORLD_INVITATION_TOKEN = "world-invitation-token-of1-0123456789abcdef";

export const KIND_VIEWERS: Record<OrganisationKind, string> = {
  TRAINING_ORGANISATION: "of1@world.test",
  MISSION_LOCALE: "ml1@world.test",
  FRANCE_TRAVAIL: "ft1@world.test",
  COMPANY: "company-a@world.test",
  REGION: "region-cvl@world.test",
};

export interface World {
  ids: Record<string, string>;
}

const K = OrganisationKind;

/**
 * A small world made to tell the access rules apart:
 * - operation "Op A" (DEFI, Centre-Val de Loire): OF1, ML1, FT1, Company A, Company B and the Region on the team;
 *   Company B's former partner OF-Gone left the team;
 * - operation "Op B" (DEFI, Centre-Val de Loire): OF2, ML2, Company C: none of Op A's partners but the Region;
 * - operation "Op C" (1 emploi = 1 formation, Pays de la Loire): OF3, FT3, Company D, Region PDL.
 * Labels (titles, job titles, last names) are unique so tests can name what they expect.
 */
export async function buildWorld(dataSource: DataSource): Promise<World> {
  const ids: Record<string, string> = {};
  const passwordHash = await hashPassword(WORLD_PASSWORD);
  await dataSource.transaction(async (m) => {
    const programme = async (code: string) => (await m.findOneByOrFail(E.Programme, { code })).id;
    const defi = (ids.DEFI = await programme("DEFI"));
    const oneJob = (ids.UN_EMPLOI_UNE_FORMATION = await programme("UN_EMPLOI_UNE_FORMATION"));

    const org = async (key: string, kind: OrganisationKind, territory: Territory, email?: string, role = MemberRole.MEMBER) => {
      const o = await m.save(E.Organisation, { kind, name: key, territory, department: territory === Territory.PAYS_DE_LA_LOIRE ? "44" : "45", city: "Ville", siret: null, isSiae: false });
      ids[key] = o.id;
      if (email) ids[`user:${key}`] = (await m.save(E.User, { email, passwordHash, firstName: "Prénom", lastName: key, organisationId: o.id, role, isAdmin: true })).id;
      return o.id;
    };
    const CVL = Territory.CENTRE_VAL_DE_LOIRE;
    const PDL = Territory.PAYS_DE_LA_LOIRE;
    await org("OF1", K.TRAINING_ORGANISATION, CVL, KIND_VIEWERS.TRAINING_ORGANISATION);
    await org("ML1", K.MISSION_LOCALE, CVL, KIND_VIEWERS.MISSION_LOCALE);
    await org("FT1", K.FRANCE_TRAVAIL, CVL, KIND_VIEWERS.FRANCE_TRAVAIL);
    await org("Company A", K.COMPANY, CVL, KIND_VIEWERS.COMPANY);
    await org("Company B", K.COMPANY, CVL, "company-b@world.test");
    await org("Region CVL", K.REGION, CVL, KIND_VIEWERS.REGION, MemberRole.TERRITORIAL_REFERENT);
    await org("OF-Gone", K.TRAINING_ORGANISATION, CVL, "of-gone@world.test");
    await org("OF2", K.TRAINING_ORGANISATION, CVL);
    await org("ML2", K.MISSION_LOCALE, CVL);
    await org("Company C", K.COMPANY, CVL);
    await org("OF3", K.TRAINING_ORGANISATION, PDL);
    await org("FT3", K.FRANCE_TRAVAIL, PDL);
    await org("Company D", K.COMPANY, PDL);
    await org("Region PDL", K.REGION, PDL, "region-pdl@world.test", MemberRole.HEAD_OF_UNIT);
    // a groupement: OF1 mandataire, OF2 its cotraitant
    await m.update(E.Organisation, { id: ids.OF1 }, { groupementRole: GroupementRole.LEAD });
    await m.update(E.Organisation, { id: ids.OF2 }, { groupementRole: GroupementRole.CO_CONTRACTOR, groupementLeadId: ids.OF1 });
    // pending invitations: OF1 invites a colleague; the Region invites Company C's first person (it has no account yet)
    const invitation = (organisation: string, email: string, invitedBy: string, token: string) =>
      m.save(E.Invitation, { organisationId: ids[organisation], email, firstName: "Invitée", lastName: organisation, role: MemberRole.MEMBER, isAdmin: false, tokenHash: hashToken(token), invitedByUserId: ids[`user:${invitedBy}`], expiresAt: new Date(Date.now() + 7 * 86_400_000) });
    await invitation("OF1", "invite-of1@world.test", "OF1", WORLD_INVITATION_TOKEN);
    await invitation("Company C", "invite-company-c@world.test", "Region CVL", `${WORLD_INVITATION_TOKEN}-c`);

    const operation = async (title: string, programmeId: string, territory: Territory, team: string[], creator: string) => {
      const op = await m.save(E.Operation, { programmeId, title, territory, department: "45", procurementRoute: ProcurementRoute.PRF_MARKET, createdByOrganisationId: ids[creator] });
      ids[title] = op.id;
      for (const key of team) ids[`team:${title}:${key}`] = (await m.save(E.TeamMembership, { operationId: op.id, organisationId: ids[key], isLead: false })).id;
      return op.id;
    };
    await operation("Op A", defi, CVL, ["OF1", "ML1", "FT1", "Company A", "Company B", "Region CVL", "OF-Gone"], "OF1");
    await m.update(E.TeamMembership, { id: ids["team:Op A:OF-Gone"] }, { leftAt: new Date() });
    await operation("Op B", defi, CVL, ["OF2", "ML2", "Company C"], "OF2");
    await operation("Op C", oneJob, PDL, ["OF3", "FT3", "Company D", "Region PDL"], "OF3");

    const session = async (title: string, op: string, of: string) =>
      (ids[title] = (await m.save(E.TrainingSession, {
        operationId: ids[op], trainingOrganisationId: ids[of], title, eosNumber: null, startDate: "2027-02-01", endDate: "2027-06-30",
        hoursInCentre: 500, hoursInCompany: 200, fundedPlaces: 10, extraPlaces: 0, defiFlag: true, certificationTitle: "TP", certificationLevel: CertificationLevel.FULL, location: "Orléans",
      })).id);
    await session("Session A", "Op A", "OF1");
    await session("Session B", "Op B", "OF2");
    await session("Session C", "Op C", "OF3");

    const attachment = async (fileName: string, user: string) =>
      (ids[fileName] = (await m.save(E.Attachment, { fileName, mediaType: "text/plain", sizeBytes: 4, sha256: "x", content: Buffer.from("test"), uploadedByUserId: ids[`user:${user}`] ?? ids["user:OF1"] })).id);
    const intention = async (jobTitle: string, op: string, company: string, of: string, sessionTitle: string) =>
      (ids[jobTitle] = (await m.save(E.HiringIntention, {
        operationId: ids[op], companyId: ids[company], trainingOrganisationId: ids[of], trainingSessionId: ids[sessionTitle], jobTitle,
        contractType: ContractType.CDI, contractDurationMonths: null, positions: 2, evidenceText: `Nous embaucherons : ${jobTitle}`,
        evidenceAttachmentId: await attachment(`lettre ${jobTitle}.txt`, company), committedSteps: [CompanyCommitment.SELECTION],
        submittedByUserId: ids["user:OF1"],
      })).id);
    await intention("Cariste A", "Op A", "Company A", "OF1", "Session A");
    await intention("Préparateur B", "Op A", "Company B", "OF1", "Session A");
    await intention("Soudeur C", "Op B", "Company C", "OF2", "Session B");
    await intention("Boulanger D", "Op C", "Company D", "OF3", "Session C");

    const candidate = async (lastName: string, adviser: string, sessionTitle: string, jobTitle: string | null, status: CandidacyStatus) => {
      const c = await m.save(E.Candidate, { firstName: "Cand", lastName, email: `${lastName.toLowerCase()}@mail.test`, phone: "0600000000", postalAddress: `1 rue ${lastName}`, privateNotes: `notes ${lastName}`, proposedByOrganisationId: ids[adviser] });
      ids[lastName] = c.id;
      ids[`candidacy:${lastName}`] = (await m.save(E.Candidacy, {
        candidateId: c.id, trainingSessionId: ids[sessionTitle], hiringIntentionId: jobTitle ? ids[jobTitle] : null, proposedByOrganisationId: ids[adviser], proposedByUserId: ids["user:OF1"], status,
        place: status === CandidacyStatus.ADMITTED ? PlaceKind.FUNDED : null, pathReferent: status === CandidacyStatus.ADMITTED ? `référent ${lastName}` : null,
      })).id;
    };
    await candidate("Martin", "ML1", "Session A", "Cariste A", CandidacyStatus.ADMITTED);
    await candidate("Bernard", "FT1", "Session A", "Préparateur B", CandidacyStatus.ADMITTED);
    await candidate("Petit", "ML1", "Session A", null, CandidacyStatus.PROPOSED);
    await candidate("Durand", "ML2", "Session B", "Soudeur C", CandidacyStatus.ADMITTED);
    await candidate("Moreau", "FT3", "Session C", "Boulanger D", CandidacyStatus.ADMITTED);

    for (const [lastName, jobTitle] of [["Martin", "Cariste A"], ["Bernard", "Préparateur B"], ["Durand", "Soudeur C"], ["Moreau", "Boulanger D"]]) {
      ids[`pairing:${lastName}`] = (await m.save(E.Pairing, { candidacyId: ids[`candidacy:${lastName}`], hiringIntentionId: ids[jobTitle], pairedByUserId: ids["user:OF1"] })).id;
    }

    await conventionFor(m, ids, "Convention A", "Session A", ["OF1", "ML1", "FT1", "Company A", "Company B", "Region CVL"]);
    await conventionFor(m, ids, "Convention B", "Session B", ["OF2", "ML2", "Company C"]);
    await conventionFor(m, ids, "Convention C", "Session C", ["OF3", "FT3", "Company D", "Region PDL"]);
    // a frozen signed version of each convention (its "sha256" a label, its bytes a stand-in)
    for (const title of ["Convention A", "Convention B", "Convention C"]) {
      ids[`frozen:${title}`] = (await m.save(E.DocumentVersion, { kind: "CONVENTION", subjectId: ids[title], version: 1, sha256: `frozen ${title}`, sizeBytes: 3, content: Buffer.from("pdf") })).id;
    }

    for (const [lastName, company] of [["Martin", "Company A"], ["Bernard", "Company B"], ["Durand", "Company C"], ["Moreau", "Company D"]]) {
      ids[`immersion:${lastName}`] = (await m.save(E.Immersion, { candidacyId: ids[`candidacy:${lastName}`], companyId: ids[company], kind: ImmersionKind.PMSMP, startDate: "2027-03-01", endDate: "2027-03-12", debrief: `débrief ${lastName}` })).id;
    }
    const employers: Record<string, string> = { Martin: "Company A", Bernard: "Company B", Durand: "Company C", Moreau: "Company D" };
    const attendees: Record<string, string[]> = { "Session A": ["OF1", "ML1", "Company A", "Company B", "Region CVL"], "Session B": ["OF2", "Company C"], "Session C": ["OF3", "Company D"] };
    for (const [sessionTitle, trainees] of [["Session A", ["Martin", "Bernard"]], ["Session B", ["Durand"]], ["Session C", ["Moreau"]]] as const) {
      const review = await m.save(E.Review, {
        trainingSessionId: ids[sessionTitle], scheduledAt: new Date("2027-06-30T09:00:00Z"), qualitativeNotes: `bilan ${sessionTitle}`,
        attendeeOrganisationIds: attendees[sessionTitle].map((k) => ids[k]), attendeeCandidacyIds: trainees.map((t) => ids[`candidacy:${t}`]),
      });
      ids[`review:${sessionTitle}`] = review.id;
      for (const lastName of trainees) {
        ids[`outcome:${lastName}`] = (await m.save(E.ReviewOutcome, { reviewId: review.id, candidacyId: ids[`candidacy:${lastName}`], certificationLevel: CertificationLevel.FULL, certificationTitle: `certif ${lastName}`, contractType: ContractType.CDI, contractStartDate: "2027-07-01", employerId: ids[employers[lastName]] })).id;
        ids[`followUp:${lastName}`] = (await m.save(E.FollowUp, { candidacyId: ids[`candidacy:${lastName}`], milestoneMonths: 3, dueDate: "2027-09-30", employerName: `employeur ${lastName}` })).id;
      }
      ids[`closure:${sessionTitle}`] = (await m.save(E.Closure, { trainingSessionId: ids[sessionTitle], attestationIssuedAt: new Date() })).id;
    }
    for (const [jobTitle, op, lead] of [["Cariste A", "Op A", "OF1"], ["Préparateur B", "Op A", "OF1"], ["Boulanger D", "Op C", "OF3"]]) {
      ids[`order:${jobTitle}`] = (await m.save(E.PurchaseOrder, { operationId: ids[op], hiringIntentionId: ids[jobTitle], leadOrganisationId: ids[lead], requestedByOrganisationId: ids[lead], status: PurchaseOrderStatus.QUEUED })).id;
    }

    // an information session on each operation, attended by partners and candidates
    for (const [op, organiser, partners, candidates] of [
      ["Op A", "OF1", ["OF1", "ML1", "Company A"], ["Martin", "Bernard", "Petit"]],
      ["Op B", "OF2", ["OF2", "ML2"], ["Durand"]],
      ["Op C", "OF3", ["OF3", "FT3"], ["Moreau"]],
    ] as const) {
      ids[`meeting:${op}`] = (await m.save(E.Meeting, {
        operationId: ids[op], trainingSessionId: null, kind: MeetingKind.INFORMATION_SESSION, scheduledAt: new Date("2027-01-12T09:00:00Z"), place: `salle ${op}`,
        organisedByOrganisationId: ids[organiser], heldAt: new Date("2027-01-12T11:00:00Z"), notes: `réunion ${op}`,
        attendeeOrganisationIds: partners.map((k) => ids[k]), attendeeCandidacyIds: candidates.map((c) => ids[`candidacy:${c}`]),
      })).id;
    }
    await m.update(E.Convention, { id: ids["Convention A"] }, { signatureOptions: [{ date: "2027-02-01", startTime: "10:00", endTime: "12:00" }], signatureAttendeeOrganisationIds: ["OF1", "ML1", "Company B"].map((k) => ids[k]), signatureAttendeeCandidacyIds: [ids["candidacy:Martin"], ids["candidacy:Bernard"]] });
    await m.update(E.Convention, { id: ids["Convention B"] }, { signatureAttendeeOrganisationIds: [ids.OF2], signatureAttendeeCandidacyIds: [ids["candidacy:Durand"]] });

    const event = async (type: string, op: string | null, audience: string[]) =>
      (ids[`event:${type}`] = (await m.save(E.JournalEvent, { type, operationId: op ? ids[op] : null, actorUserId: null, actorOrganisationId: null, payload: {}, audience: audience.map((k) => ids[k]) })).id);
    await event("A_TEAM", "Op A", ["OF1", "ML1", "FT1", "Company A", "Company B", "Region CVL"]);
    await event("A_ML1_CANDIDATE", "Op A", ["OF1", "ML1", "Region CVL"]);
    await event("A_COMPANY_B_ONLY", "Op A", ["OF1", "Company B", "Region CVL"]);
    await event("A_FOR_GONE", "Op A", ["OF-Gone"]);
    await event("B_TEAM", "Op B", ["OF2", "ML2", "Company C", "Region CVL"]);
    await event("C_TEAM", "Op C", ["OF3", "FT3", "Company D", "Region PDL"]);
    for (const [user, type] of [["OF1", "A_TEAM"], ["ML1", "A_ML1_CANDIDATE"], ["Company A", "A_TEAM"], ["Region CVL", "B_TEAM"], ["OF-Gone", "A_FOR_GONE"]]) {
      await m.save(E.Notification, { userId: ids[`user:${user}`], eventId: ids[`event:${type}`], readAt: null });
    }
  });
  return { ids };
}

async function conventionFor(m: EntityManager, ids: Record<string, string>, title: string, sessionTitle: string, signatories: string[]) {
  const convention = await m.save(E.Convention, { trainingSessionId: ids[sessionTitle], title, body: `Convention de ${sessionTitle}` });
  ids[title] = convention.id;
  for (const key of signatories) {
    const s = await m.save(E.ConventionSignatory, { conventionId: convention.id, organisationId: ids[key], required: true });
    ids[`signatory:${title}:${key}`] = s.id;
  }
  const first = signatories[0];
  ids[`signature:${title}`] = (await m.save(E.Signature, { signatoryId: ids[`signatory:${title}:${first}`], conventionVersion: 1, signedByUserId: ids[`user:${first}`] ?? ids["user:OF1"] })).id;
}
