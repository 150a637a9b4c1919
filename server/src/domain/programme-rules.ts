import { OrganisationKind } from "./kinds.js";
import { DEFI_PROCESS } from "./process/defi.js";
import { ONE_JOB_ONE_TRAINING_PROCESS } from "./process/one-job-one-training.js";
import type { ProcessDefinition } from "./process/process.js";

/** One row of a programme's qualification table: funded places → minimum engaged trainees. */
export interface ThresholdRow {
  fundedPlaces: number;
  minimumEngaged: number;
}

export interface SignatureDeadline {
  code: "DATE_OPTIONS_TO_RTF" | "DRAFT_TO_RTF";
  daysBeforeStart: number;
  label: string;
}

/**
 * The rules an operation runs under, stored as data in the `programme` table so that a third
 * region's programme is a new row, not new code.
 */
export interface ProgrammeRules {
  thresholdTable: ThresholdRow[];
  /** share of funded places that must be engaged outside the table (DEFI principle: 70 %) */
  minimumEngagedShareOutsideTable: number | null;
  minimumGroupSize: number | null;
  requiredSignatoryKinds: OrganisationKind[];
  signatureDeadlines: SignatureDeadline[];
  followUpMonths: number[];
  durableContractMinimumMonths: number;
  excludesSiaeEmployers: boolean;
  paysCompletionBonus: boolean;
  usesPurchaseOrders: boolean;
  /** a job under the durable minimum needs the Region's derogation (1E1F); DEFI only asks extra places for durable jobs */
  shortContractsNeedDerogation: boolean;
  /** the steps, their order, what each requires and who acts */
  process: ProcessDefinition;
}

export const DEFI_THRESHOLD_TABLE: ThresholdRow[] = [
  { fundedPlaces: 6, minimumEngaged: 6 },
  { fundedPlaces: 7, minimumEngaged: 6 },
  { fundedPlaces: 8, minimumEngaged: 6 },
  { fundedPlaces: 9, minimumEngaged: 6 },
  { fundedPlaces: 10, minimumEngaged: 7 },
  { fundedPlaces: 11, minimumEngaged: 8 },
  { fundedPlaces: 12, minimumEngaged: 9 },
  { fundedPlaces: 13, minimumEngaged: 9 },
  { fundedPlaces: 14, minimumEngaged: 10 },
  { fundedPlaces: 15, minimumEngaged: 11 },
];

const ALL_PARTNERS_SIGN: OrganisationKind[] = [
  OrganisationKind.TRAINING_ORGANISATION,
  OrganisationKind.MISSION_LOCALE,
  OrganisationKind.FRANCE_TRAVAIL,
  OrganisationKind.COMPANY,
  OrganisationKind.REGION,
];

export const DEFI_RULES: ProgrammeRules = {
  thresholdTable: DEFI_THRESHOLD_TABLE,
  minimumEngagedShareOutsideTable: 0.7,
  minimumGroupSize: null,
  requiredSignatoryKinds: ALL_PARTNERS_SIGN,
  signatureDeadlines: [
    { code: "DATE_OPTIONS_TO_RTF", daysBeforeStart: 28, label: "Options de dates de signature transmises au RTF" },
    { code: "DRAFT_TO_RTF", daysBeforeStart: 20, label: "Projet de convention et fiche contact transmis au RTF" },
  ],
  followUpMonths: [3, 6],
  durableContractMinimumMonths: 6,
  excludesSiaeEmployers: false,
  paysCompletionBonus: true,
  usesPurchaseOrders: false,
  shortContractsNeedDerogation: false,
  process: DEFI_PROCESS,
};

export const ONE_JOB_ONE_TRAINING_RULES: ProgrammeRules = {
  thresholdTable: [],
  minimumEngagedShareOutsideTable: null,
  minimumGroupSize: 5,
  // no partnership convention: « le conventionnement se fait uniquement avec l'organisme de formation au travers du bon de commande »
  requiredSignatoryKinds: [],
  signatureDeadlines: [],
  followUpMonths: [3, 6],
  durableContractMinimumMonths: 6,
  excludesSiaeEmployers: true,
  paysCompletionBonus: false,
  usesPurchaseOrders: true,
  shortContractsNeedDerogation: true,
  process: ONE_JOB_ONE_TRAINING_PROCESS,
};
