import type { DataSource, EntityManager } from "typeorm";
import { hashPassword } from "../auth/password.js";
import { followUpDueDates } from "../domain/deadlines.js";
import { OrganisationKind, Territory } from "../domain/kinds.js";
import { DEFI_RULES } from "../domain/programme-rules.js";
import {
  CandidacyStatus,
  CertificationLevel,
  CompanyCommitment,
  ContractType,
  ConventionStatus,
  ImmersionKind,
  PlaceKind,
  ProcurementRoute,
  PurchaseOrderStatus,
  SelectionMethod,
} from "../domain/vocabulary.js";
import {
  Candidacy,
  Candidate,
  Convention,
  ConventionSignatory,
  FollowUp,
  HiringIntention,
  Immersion,
  Operation,
  Organisation,
  Pairing,
  Programme,
  PurchaseOrder,
  TeamMembership,
  TrainingSession,
  User,
} from "../entities/index.js";
import { Journal, type MutationTransaction } from "../realtime/journal.js";
import { DEMO_ACCOUNTS, DEMO_ORGANISATION_NAMES as ORG, DEMO_PASSWORD } from "./accounts.js";

/**
 * Demo data: one DEFI operation in Centre-Val de Loire and one "1 emploi = 1 formation" operation
 * in Pays de la Loire, with their teams, sessions, hiring intentions, candidates and one user per
 * demo account. Inserted only into an empty database, in one journalled transaction.
 */
export async function seedDemoDataIfEmpty(dataSource: DataSource): Promise<boolean> {
  if (await dataSource.manager.exists(Organisation)) return false;
  // argon2 is deliberately slow: hash once, outside the transaction, and share the hash.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  try {
    await new Journal(dataSource).run({ userId: null, organisationId: null }, async (tx) => {
      // Two instances starting together: the second waits here, then sees the first one's data.
      await tx.manager.query(`SELECT pg_advisory_xact_lock(hashtext('cordee:demo-seed'))`);
      if (await tx.manager.exists(Organisation)) throw new AlreadySeeded();
      await seed(tx, passwordHash);
    });
  } catch (error) {
    if (error instanceof AlreadySeeded) return false;
    throw error;
  }
  return true;
}

class AlreadySeeded extends Error {
  constructor() {
    super("Demo data already present");
  }
}

/** A point in time, written with its Paris offset for readability. */
const at = (iso: string): Date => new Date(iso);

/** First and last names of the demo users; their genders match the accounts' labels. */
const DEMO_PEOPLE: Record<string, { firstName: string; lastName: string }> = {
  "of@defi.demo": { firstName: "Hélène", lastName: "Marchand" },
  "mission-locale@defi.demo": { firstName: "Camille", lastName: "Dubreuil" },
  "france-travail@defi.demo": { firstName: "Julien", lastName: "Perrault" },
  "entrepot@defi.demo": { firstName: "Olivier", lastName: "Chauvin" },
  "transport@defi.demo": { firstName: "Sylvie", lastName: "Martin" },
  "distribution@defi.demo": { firstName: "Karim", lastName: "Bensaïd" },
  "rtf@centre.demo": { firstName: "Nathalie", lastName: "Rousseau" },
  "chef-pole@centre.demo": { firstName: "Bruno", lastName: "Lemaire" },
  "cheffe-service@centre.demo": { firstName: "Isabelle", lastName: "Carré" },
  "cellule-gestion@centre.demo": { firstName: "Patrice", lastName: "Vidal" },
  "elu@centre.demo": { firstName: "Martine", lastName: "Delaunay" },
  "of@pdl.demo": { firstName: "Gwenaëlle", lastName: "Le Bihan" },
  "mission-locale@pdl.demo": { firstName: "Thomas", lastName: "Guillou" },
  "france-travail@pdl.demo": { firstName: "Aurélie", lastName: "Cadiou" },
  "chaudronnerie@pdl.demo": { firstName: "Yannick", lastName: "Le Roux" },
  "metallerie@pdl.demo": { firstName: "Stéphanie", lastName: "Moreau" },
  "chef-pole@pdl.demo": { firstName: "Erwan", lastName: "Kerjean" },
  "cheffe-service@pdl.demo": { firstName: "Sophie", lastName: "Bertin" },
  "gestionnaire@pdl.demo": { firstName: "Maël", lastName: "Tanguy" },
};

interface OrganisationSpec {
  kind: OrganisationKind;
  name: string;
  territory: Territory;
  department: string;
  city: string;
  siret: string | null;
}

const ORGANISATIONS: OrganisationSpec[] = [
  // Centre-Val de Loire, Loiret (45)
  { kind: OrganisationKind.TRAINING_ORGANISATION, name: ORG.defiTrainingOrganisation, territory: Territory.CENTRE_VAL_DE_LOIRE, department: "45", city: "Orléans", siret: "91204517000012" },
  { kind: OrganisationKind.MISSION_LOCALE, name: ORG.defiMissionLocale, territory: Territory.CENTRE_VAL_DE_LOIRE, department: "45", city: "Orléans", siret: null },
  { kind: OrganisationKind.FRANCE_TRAVAIL, name: ORG.defiFranceTravail, territory: Territory.CENTRE_VAL_DE_LOIRE, department: "45", city: "Orléans", siret: null },
  { kind: OrganisationKind.COMPANY, name: ORG.defiWarehouse, territory: Territory.CENTRE_VAL_DE_LOIRE, department: "45", city: "Saran", siret: "92104518000012" },
  { kind: OrganisationKind.COMPANY, name: ORG.defiTransport, territory: Territory.CENTRE_VAL_DE_LOIRE, department: "45", city: "Artenay", siret: "93304519000016" },
  { kind: OrganisationKind.COMPANY, name: ORG.defiDistribution, territory: Territory.CENTRE_VAL_DE_LOIRE, department: "45", city: "Meung-sur-Loire", siret: "94404520000028" },
  { kind: OrganisationKind.REGION, name: ORG.centreRegion, territory: Territory.CENTRE_VAL_DE_LOIRE, department: "45", city: "Orléans", siret: null },
  // Pays de la Loire, Loire-Atlantique (44)
  { kind: OrganisationKind.TRAINING_ORGANISATION, name: ORG.pdlTrainingOrganisation, territory: Territory.PAYS_DE_LA_LOIRE, department: "44", city: "Saint-Nazaire", siret: "95104411000017" },
  { kind: OrganisationKind.MISSION_LOCALE, name: ORG.pdlMissionLocale, territory: Territory.PAYS_DE_LA_LOIRE, department: "44", city: "Saint-Nazaire", siret: null },
  { kind: OrganisationKind.FRANCE_TRAVAIL, name: ORG.pdlFranceTravail, territory: Territory.PAYS_DE_LA_LOIRE, department: "44", city: "Saint-Nazaire", siret: null },
  { kind: OrganisationKind.COMPANY, name: ORG.pdlBoilerworks, territory: Territory.PAYS_DE_LA_LOIRE, department: "44", city: "Montoir-de-Bretagne", siret: "96204412000013" },
  { kind: OrganisationKind.COMPANY, name: ORG.pdlMetalworks, territory: Territory.PAYS_DE_LA_LOIRE, department: "44", city: "Trignac", siret: "97304413000019" },
  { kind: OrganisationKind.REGION, name: ORG.pdlRegion, territory: Territory.PAYS_DE_LA_LOIRE, department: "44", city: "Nantes", siret: null },
];

type Organisations = Map<string, Organisation>;
type Users = Map<string, User>;

async function seed(tx: MutationTransaction, passwordHash: string): Promise<void> {
  const manager = tx.manager;
  const organisations: Organisations = new Map();
  for (const spec of ORGANISATIONS) {
    const saved = await manager.save(Organisation, { ...spec, isSiae: false, createdAt: at("2026-09-01T09:00:00+02:00") });
    organisations.set(spec.name, saved);
  }

  const users: Users = new Map();
  for (const account of DEMO_ACCOUNTS) {
    const organisation = organisations.get(account.organisation);
    const person = DEMO_PEOPLE[account.email];
    if (!organisation || organisation.kind !== account.kind) {
      throw new Error(`Demo account ${account.email}: no ${account.kind} organisation named ${account.organisation}`);
    }
    if (!person) throw new Error(`Demo account ${account.email}: no name`);
    const saved = await manager.save(User, {
      email: account.email,
      passwordHash,
      firstName: person.firstName,
      lastName: person.lastName,
      organisationId: organisation.id,
      role: account.role,
      // each organisation's first account administers it: invites colleagues, gives roles
      isAdmin: ![...users.values()].some((u) => u.organisationId === organisation.id),
      createdAt: at("2026-09-01T09:00:00+02:00"),
    });
    users.set(account.email, saved);
  }

  const defi = await seedDefiOperation(tx, organisations, users);
  const oneJob = await seedOneJobOneTrainingOperation(tx, organisations, users);

  await tx.record({
    type: "DEMO_DATA_SEEDED",
    payload: { operationIds: [defi.id, oneJob.id], organisations: organisations.size, users: users.size },
  });
}

const pick = <T>(map: Map<string, T>, key: string): T => {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data: missing ${key}`);
  return value;
};

async function addTeam(manager: EntityManager, operation: Operation, members: { organisation: Organisation; isLead?: boolean; joinedAt: Date }[]): Promise<void> {
  for (const member of members) {
    await manager.save(TeamMembership, {
      operationId: operation.id,
      organisationId: member.organisation.id,
      isLead: member.isLead ?? false,
      joinedAt: member.joinedAt,
    });
  }
}

interface CandidateSpec {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  postalAddress: string;
  privateNotes: string;
  proposedBy: "ML" | "FT";
  createdAt: string;
}

// ---------------------------------------------------------------------------------------------
// DEFI — Centre-Val de Loire
// ---------------------------------------------------------------------------------------------

async function seedDefiOperation(tx: MutationTransaction, organisations: Organisations, users: Users): Promise<Operation> {
  const manager = tx.manager;
  const programme = await manager.findOneByOrFail(Programme, { code: "DEFI" });
  const trainingOrganisation = pick(organisations, ORG.defiTrainingOrganisation);
  const missionLocale = pick(organisations, ORG.defiMissionLocale);
  const franceTravail = pick(organisations, ORG.defiFranceTravail);
  const warehouse = pick(organisations, ORG.defiWarehouse);
  const transport = pick(organisations, ORG.defiTransport);
  const distribution = pick(organisations, ORG.defiDistribution);
  const region = pick(organisations, ORG.centreRegion);
  const ofUser = pick(users, "of@defi.demo");

  const operation = await manager.save(Operation, {
    programmeId: programme.id,
    title: "DEFI Logistique — Orléans 2027",
    territory: Territory.CENTRE_VAL_DE_LOIRE,
    department: "45",
    procurementRoute: ProcurementRoute.PRF_MARKET,
    createdByOrganisationId: region.id,
    createdAt: at("2026-09-14T10:00:00+02:00"),
  });
  await addTeam(manager, operation, [
    { organisation: region, joinedAt: at("2026-09-14T10:00:00+02:00") },
    { organisation: trainingOrganisation, isLead: true, joinedAt: at("2026-09-14T10:00:00+02:00") },
    { organisation: missionLocale, joinedAt: at("2026-09-21T14:00:00+02:00") },
    { organisation: franceTravail, joinedAt: at("2026-09-21T14:00:00+02:00") },
    { organisation: warehouse, joinedAt: at("2026-10-05T09:12:00+02:00") },
    { organisation: transport, joinedAt: at("2026-10-08T16:40:00+02:00") },
    { organisation: distribution, joinedAt: at("2026-10-14T11:05:00+02:00") },
  ]);
  await tx.record({
    type: "OPERATION_CREATED",
    operationId: operation.id,
    payload: { title: operation.title, programmeCode: programme.code },
  });

  const session = await manager.save(TrainingSession, {
    operationId: operation.id,
    trainingOrganisationId: trainingOrganisation.id,
    title: "Agent magasinier — parcours DEFI Orléans 2027",
    eosNumber: "EOS-2027-0142",
    startDate: "2027-02-01",
    endDate: "2027-06-30",
    hoursInCentre: 560,
    hoursInCompany: 210,
    fundedPlaces: 10,
    extraPlaces: 2,
    defiFlag: true,
    certificationTitle: "Titre professionnel Agent magasinier",
    certificationLevel: CertificationLevel.FULL,
    location: "Orléans",
    createdAt: at("2026-10-20T09:30:00+02:00"),
  });

  const intention = async (
    company: Organisation,
    submitter: string,
    fields: { jobTitle: string; contractType: ContractType; contractDurationMonths: number | null; positions: number; evidenceText: string; committedSteps: CompanyCommitment[]; receivedAt: string },
  ): Promise<HiringIntention> =>
    manager.save(HiringIntention, {
      operationId: operation.id,
      companyId: company.id,
      trainingOrganisationId: trainingOrganisation.id,
      trainingSessionId: session.id,
      jobTitle: fields.jobTitle,
      contractType: fields.contractType,
      contractDurationMonths: fields.contractDurationMonths,
      positions: fields.positions,
      evidenceText: fields.evidenceText,
      committedSteps: fields.committedSteps,
      receivedAt: at(fields.receivedAt),
      submittedByUserId: pick(users, submitter).id,
    });

  const warehouseIntention = await intention(warehouse, "entrepot@defi.demo", {
    jobTitle: "Agent magasinier",
    contractType: ContractType.CDI,
    contractDurationMonths: null,
    positions: 4,
    evidenceText:
      "Madame, Monsieur,\n\nLes Entrepôts du Val de Loire s'engagent à recruter en CDI quatre agents magasiniers à l'issue de la formation DEFI. " +
      "Nous participerons aux réunions d'information, au recrutement, aux périodes d'immersion, au bilan et aux entretiens d'embauche.\n\n" +
      "Olivier Chauvin, directeur de site, Saran",
    committedSteps: [
      CompanyCommitment.INFORMATION_SESSIONS,
      CompanyCommitment.SELECTION,
      CompanyCommitment.IMMERSIONS,
      CompanyCommitment.FINAL_REVIEW,
      CompanyCommitment.HIRING_INTERVIEW,
    ],
    receivedAt: "2026-10-05T09:12:00+02:00",
  });
  const transportIntention = await intention(transport, "transport@defi.demo", {
    jobTitle: "Agent de quai",
    contractType: ContractType.CDD,
    contractDurationMonths: 12,
    positions: 3,
    evidenceText:
      "Bonjour,\n\nNous confirmons notre intention d'embaucher trois agents de quai en CDD de 12 mois sur notre plateforme d'Artenay. " +
      "Nous serons présents aux réunions d'information et aux sessions de recrutement.\n\nSylvie Martin, gérante",
    committedSteps: [CompanyCommitment.INFORMATION_SESSIONS, CompanyCommitment.SELECTION, CompanyCommitment.HIRING_INTERVIEW],
    receivedAt: "2026-10-08T16:40:00+02:00",
  });
  const distributionIntention = await intention(distribution, "distribution@defi.demo", {
    jobTitle: "Préparateur de commandes",
    contractType: ContractType.CDI,
    contractDurationMonths: null,
    positions: 3,
    evidenceText:
      "Bonjour Madame Marchand,\n\nSuite à notre rencontre, le centre de distribution Sologne Frais prévoit trois embauches en CDI de préparateurs de commandes. " +
      "Nous accueillerons les stagiaires en PMSMP et participerons au bilan de fin de formation.\n\nKarim Bensaïd, responsable des ressources humaines",
    committedSteps: [CompanyCommitment.SELECTION, CompanyCommitment.IMMERSIONS, CompanyCommitment.FINAL_REVIEW],
    receivedAt: "2026-10-14T11:05:00+02:00",
  });

  const advisers = {
    ML: { organisation: missionLocale, user: pick(users, "mission-locale@defi.demo") },
    FT: { organisation: franceTravail, user: pick(users, "france-travail@defi.demo") },
  };
  const candidate = (spec: CandidateSpec): Promise<Candidate> =>
    manager.save(Candidate, {
      firstName: spec.firstName,
      lastName: spec.lastName,
      email: spec.email,
      phone: spec.phone,
      postalAddress: spec.postalAddress,
      privateNotes: spec.privateNotes,
      proposedByOrganisationId: advisers[spec.proposedBy].organisation.id,
      createdAt: at(spec.createdAt),
    });
  const candidacy = (
    person: Candidate,
    proposedBy: "ML" | "FT",
    fields: { hiringIntention: HiringIntention | null; status: CandidacyStatus; selectionMethod?: SelectionMethod; statusReason?: string; validatedByTrainingOrganisationAt?: string },
  ): Promise<Candidacy> =>
    manager.save(Candidacy, {
      candidateId: person.id,
      trainingSessionId: session.id,
      hiringIntentionId: fields.hiringIntention?.id ?? null,
      proposedByOrganisationId: advisers[proposedBy].organisation.id,
      proposedByUserId: advisers[proposedBy].user.id,
      status: fields.status,
      selectionMethod: fields.selectionMethod ?? null,
      statusReason: fields.statusReason ?? null,
      profileValidatedByFranceTravailAt: proposedBy === "FT" && fields.status === CandidacyStatus.ADMITTED ? at("2026-11-12T10:00:00+01:00") : null,
      profileValidatedByTrainingOrganisationAt: fields.validatedByTrainingOrganisationAt ? at(fields.validatedByTrainingOrganisationAt) : null,
      place: fields.status === CandidacyStatus.ADMITTED ? PlaceKind.FUNDED : null,
      createdAt: person.createdAt,
    }).then(async (saved) => {
      // every admitted trainee has its follow-ups at 3 and 6 months after the session's end
      if (saved.status === CandidacyStatus.ADMITTED) {
        for (const due of followUpDueDates(DEFI_RULES, session.endDate)) {
          await manager.save(FollowUp, { candidacyId: saved.id, milestoneMonths: due.milestoneMonths, dueDate: due.dueDate, reportedAt: null, employmentStatus: null, contractType: null, employerName: null });
        }
      }
      return saved;
    });

  // Five candidates proposed by the Mission Locale, three by France Travail.
  const ines = await candidate({
    firstName: "Inès", lastName: "Benali", email: "ines.benali@exemple.fr", phone: "06 12 34 56 78",
    postalAddress: "12 rue des Carmes, 45000 Orléans",
    privateNotes: "Très motivée, titulaire du permis B. Suivie en Garantie jeunes jusqu'en juin 2026.",
    proposedBy: "ML", createdAt: "2026-10-22T10:00:00+02:00",
  });
  const lucas = await candidate({
    firstName: "Lucas", lastName: "Moreau", email: "lucas.moreau@exemple.fr", phone: "06 23 45 67 89",
    postalAddress: "4 allée des Tilleuls, 45140 Saint-Jean-de-la-Ruelle",
    privateNotes: "A déjà travaillé en intérim sur un quai. Pas de véhicule : vérifier les horaires de bus pour Artenay.",
    proposedBy: "ML", createdAt: "2026-10-22T10:15:00+02:00",
  });
  const chloe = await candidate({
    firstName: "Chloé", lastName: "Petit", email: "chloe.petit@exemple.fr", phone: "07 34 56 78 90",
    postalAddress: "27 avenue de la Mouillère, 45100 Orléans",
    privateNotes: "Sortie de bac pro commerce. Souhaite découvrir la préparation de commandes par une PMSMP.",
    proposedBy: "ML", createdAt: "2026-10-23T14:30:00+02:00",
  });
  const yanis = await candidate({
    firstName: "Yanis", lastName: "Girard", email: "yanis.girard@exemple.fr", phone: "06 45 67 89 01",
    postalAddress: "8 rue du Poirier, 45400 Fleury-les-Aubrais",
    privateNotes: "Inscrit à la réunion d'information du 24 novembre. Aide à la mobilité à prévoir.",
    proposedBy: "ML", createdAt: "2026-11-02T09:45:00+01:00",
  });
  const manon = await candidate({
    firstName: "Manon", lastName: "Lefèvre", email: "manon.lefevre@exemple.fr", phone: "07 56 78 90 12",
    postalAddress: "3 place du Martroi, 45000 Orléans",
    privateNotes: "Premier entretien le 16 novembre ; projet à confirmer avant orientation vers une entreprise.",
    proposedBy: "ML", createdAt: "2026-11-16T11:00:00+01:00",
  });
  const sebastien = await candidate({
    firstName: "Sébastien", lastName: "Roux", email: "sebastien.roux@exemple.fr", phone: "06 67 89 01 23",
    postalAddress: "15 rue de la Gare, 45130 Meung-sur-Loire",
    privateNotes: "Demandeur d'emploi depuis 14 mois, ancien cariste sans CACES à jour. Profil validé par la conseillère.",
    proposedBy: "FT", createdAt: "2026-10-26T15:20:00+01:00",
  });
  const nadia = await candidate({
    firstName: "Nadia", lastName: "Haddad", email: "nadia.haddad@exemple.fr", phone: "07 78 90 12 34",
    postalAddress: "41 boulevard Alexandre Martin, 45000 Orléans",
    privateNotes: "Reconversion après un emploi en restauration. Convoquée à la MRS du 2 décembre.",
    proposedBy: "FT", createdAt: "2026-10-27T09:10:00+01:00",
  });
  const thierry = await candidate({
    firstName: "Thierry", lastName: "Fontaine", email: "thierry.fontaine@exemple.fr", phone: "06 89 01 23 45",
    postalAddress: "6 rue Bannier, 45000 Orléans",
    privateNotes: "Projet orienté vers la conduite de poids lourds ; à réorienter vers une formation adaptée.",
    proposedBy: "FT", createdAt: "2026-10-27T09:40:00+01:00",
  });

  const inesCandidacy = await candidacy(ines, "ML", {
    hiringIntention: warehouseIntention, status: CandidacyStatus.ADMITTED, selectionMethod: SelectionMethod.PMSMP,
    validatedByTrainingOrganisationAt: "2026-11-17T15:00:00+01:00",
  });
  const lucasCandidacy = await candidacy(lucas, "ML", {
    hiringIntention: transportIntention, status: CandidacyStatus.ADMITTED, selectionMethod: SelectionMethod.MRS,
    validatedByTrainingOrganisationAt: "2026-11-17T15:10:00+01:00",
  });
  await candidacy(chloe, "ML", { hiringIntention: distributionIntention, status: CandidacyStatus.SELECTION, selectionMethod: SelectionMethod.PMSMP });
  await candidacy(yanis, "ML", { hiringIntention: warehouseIntention, status: CandidacyStatus.INFORMATION_SESSION });
  await candidacy(manon, "ML", { hiringIntention: null, status: CandidacyStatus.PROPOSED });
  await candidacy(sebastien, "FT", {
    hiringIntention: distributionIntention, status: CandidacyStatus.ADMITTED, selectionMethod: SelectionMethod.MRS,
    validatedByTrainingOrganisationAt: "2026-11-19T10:30:00+01:00",
  });
  await candidacy(nadia, "FT", { hiringIntention: transportIntention, status: CandidacyStatus.SELECTION, selectionMethod: SelectionMethod.MRS });
  await candidacy(thierry, "FT", {
    hiringIntention: null, status: CandidacyStatus.DECLINED,
    statusReason: "Projet professionnel tourné vers la conduite de poids lourds : orienté vers une formation au permis C.",
  });

  await manager.save(Pairing, {
    candidacyId: inesCandidacy.id, hiringIntentionId: warehouseIntention.id,
    pairedAt: at("2026-11-18T09:00:00+01:00"), pairedByUserId: ofUser.id,
  });
  await manager.save(Pairing, {
    candidacyId: lucasCandidacy.id, hiringIntentionId: transportIntention.id,
    pairedAt: at("2026-11-18T09:05:00+01:00"), pairedByUserId: ofUser.id,
  });

  // a first internship in the company, during the session (its debrief comes after it)
  await manager.save(Immersion, {
    candidacyId: inesCandidacy.id,
    companyId: warehouse.id,
    kind: ImmersionKind.INTERNSHIP,
    startDate: "2027-03-15",
    endDate: "2027-03-19",
    debrief: null,
    debriefedAt: null,
  });

  const convention = await manager.save(Convention, {
    trainingSessionId: session.id,
    status: ConventionStatus.DRAFT,
    title: "Convention de partenariat DEFI — Agent magasinier, Orléans 2027 (EOS-2027-0142)",
    body:
      "Les signataires s'engagent à conduire ensemble l'opération DEFI « Agent magasinier » à Orléans, du 1er février au 30 juin 2027. " +
      "L'organisme de formation assure la formation et le suivi des stagiaires ; la Mission Locale et France Travail orientent et accompagnent les candidats ; " +
      "les entreprises accueillent les stagiaires en immersion et s'engagent à les recruter ; la Région Centre-Val de Loire finance et pilote l'opération.",
    signatureOptions: [{ date: "2027-01-26", startTime: "10:00", endTime: "12:00" }, { date: "2027-01-29", startTime: "14:00", endTime: "16:00" }],
    signaturePlace: "Hôtel de Région, Orléans",
    createdAt: at("2026-11-20T16:00:00+01:00"),
  });
  for (const organisation of [trainingOrganisation, missionLocale, franceTravail, warehouse, transport, distribution, region]) {
    await manager.save(ConventionSignatory, { conventionId: convention.id, organisationId: organisation.id, required: true, addedAt: at("2026-11-20T16:00:00+01:00") });
  }

  return operation;
}

// ---------------------------------------------------------------------------------------------
// "1 emploi = 1 formation" — Pays de la Loire
// ---------------------------------------------------------------------------------------------

async function seedOneJobOneTrainingOperation(tx: MutationTransaction, organisations: Organisations, users: Users): Promise<Operation> {
  const manager = tx.manager;
  const programme = await manager.findOneByOrFail(Programme, { code: "UN_EMPLOI_UNE_FORMATION" });
  const trainingOrganisation = pick(organisations, ORG.pdlTrainingOrganisation);
  const missionLocale = pick(organisations, ORG.pdlMissionLocale);
  const franceTravail = pick(organisations, ORG.pdlFranceTravail);
  const boilerworks = pick(organisations, ORG.pdlBoilerworks);
  const metalworks = pick(organisations, ORG.pdlMetalworks);
  const region = pick(organisations, ORG.pdlRegion);

  const operation = await manager.save(Operation, {
    programmeId: programme.id,
    title: "1 emploi = 1 formation — Soudure, Saint-Nazaire 2027",
    territory: Territory.PAYS_DE_LA_LOIRE,
    department: "44",
    procurementRoute: ProcurementRoute.PURCHASE_ORDER,
    createdByOrganisationId: region.id,
    createdAt: at("2026-10-01T10:00:00+02:00"),
  });
  await addTeam(manager, operation, [
    { organisation: region, joinedAt: at("2026-10-01T10:00:00+02:00") },
    { organisation: trainingOrganisation, isLead: true, joinedAt: at("2026-10-01T10:00:00+02:00") },
    { organisation: missionLocale, joinedAt: at("2026-10-06T09:00:00+02:00") },
    { organisation: franceTravail, joinedAt: at("2026-10-06T09:00:00+02:00") },
    { organisation: boilerworks, joinedAt: at("2026-10-12T08:47:00+02:00") },
    { organisation: metalworks, joinedAt: at("2026-10-19T17:20:00+02:00") },
  ]);
  await tx.record({
    type: "OPERATION_CREATED",
    operationId: operation.id,
    payload: { title: operation.title, programmeCode: programme.code },
  });

  const session = await manager.save(TrainingSession, {
    operationId: operation.id,
    trainingOrganisationId: trainingOrganisation.id,
    title: "Soudeur assembleur industriel — Saint-Nazaire 2027",
    eosNumber: null,
    startDate: "2027-03-01",
    endDate: "2027-07-09",
    hoursInCentre: 595,
    hoursInCompany: 140,
    fundedPlaces: 5,
    extraPlaces: 0,
    defiFlag: false,
    certificationTitle: "Titre professionnel Soudeur assembleur industriel",
    certificationLevel: CertificationLevel.FULL,
    location: "Saint-Nazaire",
    createdAt: at("2026-10-05T11:00:00+02:00"),
  });

  const boilerworksIntention = await manager.save(HiringIntention, {
    operationId: operation.id,
    companyId: boilerworks.id,
    trainingOrganisationId: trainingOrganisation.id,
    trainingSessionId: session.id,
    jobTitle: "Soudeur assembleur",
    contractType: ContractType.CDI,
    contractDurationMonths: null,
    positions: 3,
    evidenceText:
      "Madame Le Bihan,\n\nLa Chaudronnerie de l'Estuaire a l'intention d'embaucher en CDI trois soudeurs assembleurs à l'issue de la formation. " +
      "Nous participerons au recrutement, accueillerons les stagiaires en stage et ferons passer les entretiens d'embauche.\n\nYannick Le Roux, dirigeant",
    committedSteps: [CompanyCommitment.SELECTION, CompanyCommitment.IMMERSIONS, CompanyCommitment.HIRING_INTERVIEW],
    receivedAt: at("2026-10-12T08:47:00+02:00"),
    submittedByUserId: pick(users, "chaudronnerie@pdl.demo").id,
  });
  const metalworksIntention = await manager.save(HiringIntention, {
    operationId: operation.id,
    companyId: metalworks.id,
    trainingOrganisationId: trainingOrganisation.id,
    trainingSessionId: session.id,
    jobTitle: "Soudeur en atelier de métallerie",
    contractType: ContractType.CDD,
    contractDurationMonths: 9,
    positions: 2,
    evidenceText:
      "Bonjour,\n\nMétallerie Atlantique souhaite recruter deux soudeurs en CDD de 9 mois après la formation. " +
      "Nous serons présents à la réunion d'information et au bilan.\n\nStéphanie Moreau, responsable d'atelier",
    committedSteps: [CompanyCommitment.INFORMATION_SESSIONS, CompanyCommitment.FINAL_REVIEW, CompanyCommitment.HIRING_INTERVIEW],
    receivedAt: at("2026-10-19T17:20:00+02:00"),
    submittedByUserId: pick(users, "metallerie@pdl.demo").id,
  });

  // One purchase order per hiring intention, served in order of arrival.
  await manager.save(PurchaseOrder, {
    operationId: operation.id,
    hiringIntentionId: boilerworksIntention.id,
    leadOrganisationId: trainingOrganisation.id,
    requestedByOrganisationId: trainingOrganisation.id,
    receivedAt: at("2026-10-13T09:30:00+02:00"),
    status: PurchaseOrderStatus.VALIDATED_BY_HEAD_OF_UNIT,
    headOfUnitValidatedAt: at("2026-11-10T11:15:00+01:00"),
  });
  await manager.save(PurchaseOrder, {
    operationId: operation.id,
    hiringIntentionId: metalworksIntention.id,
    leadOrganisationId: trainingOrganisation.id,
    requestedByOrganisationId: trainingOrganisation.id,
    receivedAt: at("2026-10-20T10:00:00+02:00"),
    status: PurchaseOrderStatus.QUEUED,
  });

  const mlUser = pick(users, "mission-locale@pdl.demo");
  const ftUser = pick(users, "france-travail@pdl.demo");
  const kevin = await manager.save(Candidate, {
    firstName: "Kévin", lastName: "Le Goff", email: "kevin.legoff@exemple.fr", phone: "06 11 22 33 44",
    postalAddress: "9 rue de la Paix, 44600 Saint-Nazaire",
    privateNotes: "CAP serrurier-métallier obtenu en 2025. Très intéressé par la soudure, disponible immédiatement.",
    proposedByOrganisationId: missionLocale.id,
    createdAt: at("2026-10-27T10:00:00+01:00"),
  });
  const sandrine = await manager.save(Candidate, {
    firstName: "Sandrine", lastName: "Guérin", email: "sandrine.guerin@exemple.fr", phone: "07 22 33 44 55",
    postalAddress: "21 avenue de la République, 44550 Montoir-de-Bretagne",
    privateNotes: "Reconversion après dix ans en agroalimentaire. Besoin de garde d'enfants à organiser pour les horaires.",
    proposedByOrganisationId: franceTravail.id,
    createdAt: at("2026-11-03T14:00:00+01:00"),
  });
  await manager.save(Candidacy, {
    candidateId: kevin.id,
    trainingSessionId: session.id,
    hiringIntentionId: boilerworksIntention.id,
    proposedByOrganisationId: missionLocale.id,
    proposedByUserId: mlUser.id,
    status: CandidacyStatus.SELECTION,
    selectionMethod: SelectionMethod.COMPANY_VISIT,
    createdAt: kevin.createdAt,
  });
  await manager.save(Candidacy, {
    candidateId: sandrine.id,
    trainingSessionId: session.id,
    hiringIntentionId: metalworksIntention.id,
    proposedByOrganisationId: franceTravail.id,
    proposedByUserId: ftUser.id,
    status: CandidacyStatus.PROPOSED,
    createdAt: sandrine.createdAt,
  });

  return operation;
}
