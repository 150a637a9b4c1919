import type { MeetingKind } from "../../../generated/gql/graphql";
import type { CockpitRules } from "./types";

/** What the operation's programme has, read from its rules: the cockpit shows only these parts. */
export interface ProgrammeFeatures {
  /** a multi-partner convention and its signature (DEFI) */
  convention: boolean;
  /** the session is entered in EOS, with its number and DEFI flag (DEFI) */
  eos: boolean;
  /** the RTF's conformity attestation and the completion bonus (DEFI) */
  bonus: boolean;
  /** one purchase order per hiring intention (1 emploi = 1 formation) */
  purchaseOrders: boolean;
  /** intermediate reviews during the training (1 emploi = 1 formation) */
  intermediateReview: boolean;
  /** a minimum group the training organisation may accept to go under (1 emploi = 1 formation) */
  minimumGroup: boolean;
  /** a job shorter than a durable one needs the Region's derogation (1 emploi = 1 formation) */
  derogation: boolean;
  /** meetings the training organisation organises (the Region organises the steering committee) */
  meetingKinds: MeetingKind[];
}

const ORGANISED_BY_TRAINING_ORGANISATION: MeetingKind[] = ["PREPARATORY_MEETING", "INFORMATION_SESSION"];

export function featuresOf(rules: CockpitRules | null | undefined): ProgrammeFeatures {
  return {
    convention: rules?.hasPartnershipConvention ?? false,
    eos: rules?.usesEos ?? false,
    bonus: rules?.paysCompletionBonus ?? false,
    purchaseOrders: rules?.usesPurchaseOrders ?? false,
    intermediateReview: rules?.reviewKinds.includes("INTERMEDIATE") ?? false,
    minimumGroup: rules?.minimumGroupSize != null,
    derogation: rules?.shortContractsNeedDerogation ?? false,
    meetingKinds: (rules?.meetingKinds ?? []).filter((k) => ORGANISED_BY_TRAINING_ORGANISATION.includes(k)),
  };
}
