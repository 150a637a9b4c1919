import { MemberRole, OrganisationKind, Territory } from "../domain/kinds.js";

/** A user acting for one organisation: the subject of every access decision. */
export interface Viewer {
  userId: string;
  organisationId: string;
  kind: OrganisationKind;
  territory: Territory;
  role: MemberRole;
  /** administers its organisation: invites colleagues, gives roles, deactivates accounts */
  isAdmin: boolean;
}
