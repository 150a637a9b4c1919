import { OrganisationKind } from "../domain/kinds.js";
import type { Candidate } from "../entities/candidate.js";
import type { Viewer } from "./viewer.js";

/**
 * Field-level rules on rows the viewer may see. A candidate's contact details are for the adviser
 * who proposed them and the training organisation that trains them; never for the Region or a
 * company. Private notes stay with the adviser's organisation.
 */
export function canSeeCandidateContactDetails(viewer: Viewer, candidate: Candidate): boolean {
  return (
    candidate.proposedByOrganisationId === viewer.organisationId ||
    viewer.kind === OrganisationKind.TRAINING_ORGANISATION
  );
}

export function canSeeCandidatePrivateNotes(viewer: Viewer, candidate: Candidate): boolean {
  return candidate.proposedByOrganisationId === viewer.organisationId;
}
