import { OrganisationKind } from "../domain/kinds.js";
import type { Viewer } from "./viewer.js";

/**
 * What a viewer may see, as SQL conditions on a row aliased `a`, with the parameters
 * `:viewerOrg`, `:viewerTerritory` and `:viewerUser` (see `scopeParameters`). This is the one place that says
 * "who sees what" (DOMAIN.md); lists, look-ups by id, nested relations, counts and the journal
 * all filter through it.
 */
export type ScopedTable =
  | "programme" | "organisation" | "app_user" | "operation" | "team_membership" | "training_session"
  | "attachment" | "hiring_intention" | "candidate" | "candidacy" | "pairing" | "convention"
  | "convention_signatory" | "signature" | "immersion" | "review" | "review_outcome" | "follow_up"
  | "closure" | "purchase_order" | "journal_event" | "notification" | "meeting";

export function scopeParameters(viewer: Viewer): Record<string, string> {
  return { viewerOrg: viewer.organisationId, viewerTerritory: viewer.territory, viewerUser: viewer.userId };
}

const ALL = "TRUE";
const NONE = "FALSE";

export class AccessScopes {
  constructor(private readonly viewer: Viewer) {}

  private get kind(): OrganisationKind {
    return this.viewer.kind;
  }

  /** Operations: the Region sees its territory; every other partner, the teams it is on. */
  operationIds(): string {
    return this.kind === OrganisationKind.REGION
      ? `SELECT o.id FROM operation o WHERE o.territory = :viewerTerritory`
      : `SELECT tm.operation_id FROM team_membership tm WHERE tm.organisation_id = :viewerOrg AND tm.left_at IS NULL`;
  }

  private sessionIds(): string {
    return `SELECT ts.id FROM training_session ts WHERE ts.operation_id IN (${this.operationIds()})`;
  }

  private hiringIntentionIds(): string {
    return `SELECT hi.id FROM hiring_intention hi WHERE ${this.where("hiring_intention", "hi")}`;
  }

  candidacyIds(): string {
    return `SELECT c.id FROM candidacy c WHERE ${this.where("candidacy", "c")}`;
  }

  private conventionIds(): string {
    return `SELECT cv.id FROM convention cv WHERE cv.training_session_id IN (${this.sessionIds()})`;
  }

  /** The SQL condition a row of `table`, aliased `a`, must meet to be visible. */
  where(table: ScopedTable, a: string): string {
    const k = this.kind;
    switch (table) {
      case "programme":
        return ALL;
      case "organisation":
        return k === OrganisationKind.REGION
          ? `(${a}.territory = :viewerTerritory OR ${a}.id = :viewerOrg)`
          : `(${a}.id = :viewerOrg OR ${a}.id IN (SELECT tm2.organisation_id FROM team_membership tm2 WHERE tm2.operation_id IN (${this.operationIds()})))`;
      case "app_user":
        return `${a}.organisation_id = :viewerOrg`;
      case "operation":
        return `${a}.id IN (${this.operationIds()})`;
      case "purchase_order":
        return this.purchaseOrder(a);
      case "team_membership":
      case "training_session":
      case "meeting":
        return `${a}.operation_id IN (${this.operationIds()})`;
      case "hiring_intention":
        return k === OrganisationKind.COMPANY
          ? `(${a}.company_id = :viewerOrg AND ${a}.operation_id IN (${this.operationIds()}))`
          : `${a}.operation_id IN (${this.operationIds()})`;
      case "attachment":
        return `${a}.id IN (SELECT hi2.evidence_attachment_id FROM hiring_intention hi2 WHERE hi2.id IN (${this.hiringIntentionIds()}))`;
      case "candidacy":
        return this.candidacy(a);
      case "candidate":
        return k === OrganisationKind.MISSION_LOCALE || k === OrganisationKind.FRANCE_TRAVAIL
          ? `(${a}.proposed_by_organisation_id = :viewerOrg)`
          : `${a}.id IN (SELECT c2.candidate_id FROM candidacy c2 WHERE c2.id IN (${this.candidacyIds()}))`;
      case "pairing":
        return k === OrganisationKind.COMPANY
          ? `${a}.hiring_intention_id IN (${this.hiringIntentionIds()})`
          : `${a}.candidacy_id IN (${this.candidacyIds()})`;
      case "convention":
        return `${a}.training_session_id IN (${this.sessionIds()})`;
      case "convention_signatory":
        return `${a}.convention_id IN (${this.conventionIds()})`;
      case "signature":
        return `${a}.signatory_id IN (SELECT s.id FROM convention_signatory s WHERE s.convention_id IN (${this.conventionIds()}))`;
      case "immersion":
      case "review_outcome":
      case "follow_up":
        return `${a}.candidacy_id IN (${this.candidacyIds()})`;
      case "review":
      case "closure":
        return `${a}.training_session_id IN (${this.sessionIds()})`;
      case "notification":
        return `(${a}.user_id = :viewerUser AND ${a}.event_id IN (SELECT je.id FROM journal_event je WHERE ${this.where("journal_event", "je")}))`;
      case "journal_event":
        return `(:viewerOrg = ANY(${a}.audience) AND (${a}.operation_id IS NULL OR ${a}.operation_id IN (${this.operationIds()})))`;
    }
  }

  private candidacy(a: string): string {
    const inVisibleSession = `${a}.training_session_id IN (${this.sessionIds()})`;
    switch (this.kind) {
      case OrganisationKind.TRAINING_ORGANISATION:
        return `${a}.training_session_id IN (SELECT ts3.id FROM training_session ts3 WHERE ts3.training_organisation_id = :viewerOrg AND ts3.operation_id IN (${this.operationIds()}))`;
      case OrganisationKind.MISSION_LOCALE:
      case OrganisationKind.FRANCE_TRAVAIL:
        return `(${a}.proposed_by_organisation_id = :viewerOrg AND ${inVisibleSession})`;
      case OrganisationKind.COMPANY:
        return `(${inVisibleSession} AND (${a}.hiring_intention_id IN (SELECT hi3.id FROM hiring_intention hi3 WHERE hi3.company_id = :viewerOrg)
          OR ${a}.id IN (SELECT p3.candidacy_id FROM pairing p3 JOIN hiring_intention hi4 ON hi4.id = p3.hiring_intention_id WHERE hi4.company_id = :viewerOrg)))`;
      case OrganisationKind.REGION:
        return inVisibleSession;
    }
  }

  private purchaseOrder(a: string): string {
    const inScope = `${a}.operation_id IN (${this.operationIds()})`;
    switch (this.kind) {
      case OrganisationKind.REGION:
        return inScope;
      case OrganisationKind.TRAINING_ORGANISATION:
        return `(${inScope} AND (${a}.lead_organisation_id = :viewerOrg OR ${a}.requested_by_organisation_id = :viewerOrg))`;
      case OrganisationKind.COMPANY:
        return `(${inScope} AND ${a}.hiring_intention_id IN (SELECT hi5.id FROM hiring_intention hi5 WHERE hi5.company_id = :viewerOrg))`;
      default:
        return NONE;
    }
  }
}
