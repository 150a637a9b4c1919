import { MemberRole, OrganisationKind } from "../domain/kinds.js";

/** Shared password of every demo account (development and demonstrations only). */
export const DEMO_PASSWORD = "cordee-demo";

export interface DemoAccount {
  email: string;
  /** name of the organisation the user acts for, as created by the demo seed */
  organisation: string;
  kind: OrganisationKind;
  role: MemberRole;
  /** short French description, shown in the README */
  label: string;
}

/** Names of the demo organisations, shared by the accounts below and the seed. */
export const DEMO_ORGANISATION_NAMES = {
  defiTrainingOrganisation: "Loire Compétences Formation",
  defiMissionLocale: "Mission Locale de l'Orléanais",
  defiFranceTravail: "France Travail Orléans Sud",
  defiWarehouse: "Entrepôts du Val de Loire",
  defiTransport: "Transports Beaucerons Martin",
  defiDistribution: "Centre de distribution Sologne Frais",
  centreRegion: "Région Centre-Val de Loire",
  pdlTrainingOrganisation: "Estuaire Compétences",
  pdlMissionLocale: "Mission Locale de l'agglomération nazairienne",
  pdlFranceTravail: "France Travail Saint-Nazaire",
  pdlBoilerworks: "Chaudronnerie de l'Estuaire",
  pdlMetalworks: "Métallerie Atlantique",
  pdlRegion: "Région Pays de la Loire",
} as const;

const ORG = DEMO_ORGANISATION_NAMES;

export const DEMO_ACCOUNTS: DemoAccount[] = [
  // DEFI operation, Centre-Val de Loire (Loiret)
  {
    email: "of@defi.demo",
    organisation: ORG.defiTrainingOrganisation,
    kind: OrganisationKind.TRAINING_ORGANISATION,
    role: MemberRole.MEMBER,
    label: "Organisme de formation (DEFI, Loiret)",
  },
  {
    email: "mission-locale@defi.demo",
    organisation: ORG.defiMissionLocale,
    kind: OrganisationKind.MISSION_LOCALE,
    role: MemberRole.MEMBER,
    label: "Conseillère Mission Locale (DEFI, Orléans)",
  },
  {
    email: "france-travail@defi.demo",
    organisation: ORG.defiFranceTravail,
    kind: OrganisationKind.FRANCE_TRAVAIL,
    role: MemberRole.MEMBER,
    label: "Conseiller France Travail (DEFI, Orléans Sud)",
  },
  {
    email: "entrepot@defi.demo",
    organisation: ORG.defiWarehouse,
    kind: OrganisationKind.COMPANY,
    role: MemberRole.MEMBER,
    label: "Entreprise : entrepôt logistique (DEFI, Saran)",
  },
  {
    email: "transport@defi.demo",
    organisation: ORG.defiTransport,
    kind: OrganisationKind.COMPANY,
    role: MemberRole.MEMBER,
    label: "Entreprise : transporteur (DEFI, Artenay)",
  },
  {
    email: "distribution@defi.demo",
    organisation: ORG.defiDistribution,
    kind: OrganisationKind.COMPANY,
    role: MemberRole.MEMBER,
    label: "Entreprise : centre de distribution (DEFI, Meung-sur-Loire)",
  },
  // Région Centre-Val de Loire
  {
    email: "rtf@centre.demo",
    organisation: ORG.centreRegion,
    kind: OrganisationKind.REGION,
    role: MemberRole.TERRITORIAL_REFERENT,
    label: "Région Centre-Val de Loire : référente territoriale formation (RTF)",
  },
  {
    email: "chef-pole@centre.demo",
    organisation: ORG.centreRegion,
    kind: OrganisationKind.REGION,
    role: MemberRole.HEAD_OF_UNIT,
    label: "Région Centre-Val de Loire : chef de pôle",
  },
  {
    email: "cheffe-service@centre.demo",
    organisation: ORG.centreRegion,
    kind: OrganisationKind.REGION,
    role: MemberRole.HEAD_OF_SERVICE,
    label: "Région Centre-Val de Loire : cheffe de service",
  },
  {
    email: "cellule-gestion@centre.demo",
    organisation: ORG.centreRegion,
    kind: OrganisationKind.REGION,
    role: MemberRole.MANAGEMENT_UNIT,
    label: "Région Centre-Val de Loire : cellule de gestion (accuse réception et paie la prime DEFI)",
  },
  {
    email: "elu@centre.demo",
    organisation: ORG.centreRegion,
    kind: OrganisationKind.REGION,
    role: MemberRole.ELECTED_REPRESENTATIVE,
    label: "Région Centre-Val de Loire : élue signataire des conventions (vice-présidente déléguée)",
  },
  // "1 emploi = 1 formation" operation, Pays de la Loire (Loire-Atlantique)
  {
    email: "of@pdl.demo",
    organisation: ORG.pdlTrainingOrganisation,
    kind: OrganisationKind.TRAINING_ORGANISATION,
    role: MemberRole.MEMBER,
    label: "Organisme de formation (1 emploi = 1 formation, Saint-Nazaire)",
  },
  {
    email: "mission-locale@pdl.demo",
    organisation: ORG.pdlMissionLocale,
    kind: OrganisationKind.MISSION_LOCALE,
    role: MemberRole.MEMBER,
    label: "Conseiller Mission Locale (1 emploi = 1 formation, Saint-Nazaire)",
  },
  {
    email: "france-travail@pdl.demo",
    organisation: ORG.pdlFranceTravail,
    kind: OrganisationKind.FRANCE_TRAVAIL,
    role: MemberRole.MEMBER,
    label: "Conseillère France Travail (1 emploi = 1 formation, Saint-Nazaire)",
  },
  {
    email: "chaudronnerie@pdl.demo",
    organisation: ORG.pdlBoilerworks,
    kind: OrganisationKind.COMPANY,
    role: MemberRole.MEMBER,
    label: "Entreprise : chaudronnerie (1 emploi = 1 formation, Montoir-de-Bretagne)",
  },
  {
    email: "metallerie@pdl.demo",
    organisation: ORG.pdlMetalworks,
    kind: OrganisationKind.COMPANY,
    role: MemberRole.MEMBER,
    label: "Entreprise : métallerie (1 emploi = 1 formation, Trignac)",
  },
  // Région Pays de la Loire
  {
    email: "chef-pole@pdl.demo",
    organisation: ORG.pdlRegion,
    kind: OrganisationKind.REGION,
    role: MemberRole.HEAD_OF_UNIT,
    label: "Région Pays de la Loire : chef de pôle (1re validation des bons de commande)",
  },
  {
    email: "cheffe-service@pdl.demo",
    organisation: ORG.pdlRegion,
    kind: OrganisationKind.REGION,
    role: MemberRole.HEAD_OF_SERVICE,
    label: "Région Pays de la Loire : cheffe de service (2e validation des bons de commande)",
  },
  {
    email: "gestionnaire@pdl.demo",
    organisation: ORG.pdlRegion,
    kind: OrganisationKind.REGION,
    role: MemberRole.SESSION_MANAGER,
    label: "Région Pays de la Loire : gestionnaire (suit les sessions, participe aux bilans)",
  },
];
