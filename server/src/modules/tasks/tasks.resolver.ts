import { Ctx, Query, Resolver } from "type-graphql";
import type { ScopedReader } from "../../access/reader.js";
import { scopeParameters } from "../../access/scopes.js";
import type { Viewer } from "../../access/viewer.js";
import { MemberRole, OrganisationKind } from "../../domain/kinds.js";
import { REGION_SIGNATORY_ROLES } from "../../domain/permissions.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { Task } from "./task.type.js";

interface TaskRow {
  subject_id: string;
  operation_id: string;
  operation_title: string;
  title: string;
  due_date: string | null;
}

type TaskQuery = { code: string; label: (row: TaskRow) => string; sql: string; when?: (viewer: Viewer) => boolean };

const OF = OrganisationKind.TRAINING_ORGANISATION;
const region = (...roles: MemberRole[]) => (v: Viewer) => v.kind === OrganisationKind.REGION && (!roles.length || roles.includes(v.role));
const kind = (...kinds: OrganisationKind[]) => (v: Viewer) => kinds.includes(v.kind);

// Each query runs on the viewer's scopes (the ":scope_*" placeholders) and returns TaskRow columns.
const OPEN_SESSIONS = `training_session ts JOIN operation o ON o.id = ts.operation_id AND o.status = 'OPEN'`;
const TASKS: TaskQuery[] = [
  {
    // the Region signs through its elected representative
    code: "SIGN_CONVENTION", when: (v) => v.kind !== OrganisationKind.REGION || REGION_SIGNATORY_ROLES.includes(v.role), label: (r) => `Signer la convention « ${r.title} »`,
    sql: `SELECT cv.id AS subject_id, o.id AS operation_id, o.title AS operation_title, cv.title, cv.planned_signature_date AS due_date
      FROM convention cv JOIN ${OPEN_SESSIONS} ON ts.id = cv.training_session_id
      JOIN convention_signatory s ON s.convention_id = cv.id AND s.organisation_id = :viewerOrg AND s.required AND s.withdrawn_at IS NULL
      WHERE cv.status <> 'SIGNED' AND ts.end_date >= :today AND :scope_convention
        AND NOT EXISTS (SELECT 1 FROM signature sg WHERE sg.signatory_id = s.id AND sg.invalidated_at IS NULL AND sg.convention_version = cv.version)`,
  },
  {
    code: "SEND_DATE_OPTIONS", when: kind(OF), label: (r) => `Proposer au RTF les options de date de signature (J-28) — ${r.title}`,
    sql: `SELECT ts.id AS subject_id, o.id AS operation_id, o.title AS operation_title, ts.title, (ts.start_date - 28) AS due_date
      FROM ${OPEN_SESSIONS} JOIN programme p ON p.id = o.programme_id LEFT JOIN convention cv ON cv.training_session_id = ts.id
      WHERE ts.training_organisation_id = :viewerOrg AND jsonb_array_length(p.rules->'signatureDeadlines') > 0
        AND cv.date_options_sent_at IS NULL AND ts.start_date >= :today AND :scope_session`,
  },
  {
    code: "SEND_CONVENTION_DRAFT", when: kind(OF), label: (r) => `Transmettre au RTF le projet de convention et la fiche contact (J-20) — ${r.title}`,
    sql: `SELECT ts.id AS subject_id, o.id AS operation_id, o.title AS operation_title, ts.title, (ts.start_date - 20) AS due_date
      FROM ${OPEN_SESSIONS} JOIN programme p ON p.id = o.programme_id LEFT JOIN convention cv ON cv.training_session_id = ts.id
      WHERE ts.training_organisation_id = :viewerOrg AND jsonb_array_length(p.rules->'signatureDeadlines') > 0
        AND cv.draft_sent_at IS NULL AND ts.start_date >= :today AND :scope_session`,
  },
  {
    code: "CONSTITUTE_GROUP", when: kind(OF), label: (r) => `Constituer le groupe et apparier les stagiaires — ${r.title}`,
    sql: `SELECT ts.id AS subject_id, o.id AS operation_id, o.title AS operation_title, ts.title, ts.start_date AS due_date
      FROM ${OPEN_SESSIONS} WHERE ts.training_organisation_id = :viewerOrg AND ts.group_constituted_at IS NULL AND :scope_session`,
  },
  {
    code: "RECORD_WITHDRAWAL_SOLUTION", when: kind(OF), label: (r) => `Enregistrer la solution trouvée après le retrait : ${r.title}`,
    sql: `SELECT hi.id AS subject_id, o.id AS operation_id, o.title AS operation_title, hi.job_title AS title, NULL AS due_date
      FROM hiring_intention hi JOIN operation o ON o.id = hi.operation_id AND o.status = 'OPEN'
      WHERE hi.training_organisation_id = :viewerOrg AND hi.status = 'WITHDRAWN' AND hi.withdrawal_solution IS NULL AND :scope_intention`,
  },
  {
    code: "RECORD_REVIEW", when: kind(OF), label: (r) => `Tenir et renseigner le bilan — ${r.title}`,
    sql: `SELECT ts.id AS subject_id, o.id AS operation_id, o.title AS operation_title, ts.title, ts.end_date AS due_date
      FROM ${OPEN_SESSIONS} WHERE ts.training_organisation_id = :viewerOrg AND ts.end_date <= :soon AND :scope_session
        AND NOT EXISTS (SELECT 1 FROM review r WHERE r.training_session_id = ts.id AND r.kind = 'FINAL' AND r.held_at IS NOT NULL)`,
  },
  {
    code: "GROUP_BELOW_MINIMUM", when: (v) => v.kind === OF || v.kind === OrganisationKind.REGION,
    label: (r) => `Groupe passé sous l'effectif minimum : le reconstituer ou trouver une solution — ${r.title}`,
    sql: `SELECT ts.id AS subject_id, o.id AS operation_id, o.title AS operation_title, ts.title, NULL AS due_date
      FROM ${OPEN_SESSIONS} WHERE ts.group_below_minimum_at IS NOT NULL AND ts.group_constituted_at IS NULL
        AND (ts.training_organisation_id = :viewerOrg OR :viewerKind = 'REGION') AND :scope_session`,
  },
  {
    code: "CLOSE_SESSION", when: kind(OF), label: (r) => `Clôturer la session — ${r.title}`,
    sql: `SELECT ts.id AS subject_id, o.id AS operation_id, o.title AS operation_title, ts.title, NULL AS due_date
      FROM ${OPEN_SESSIONS} LEFT JOIN closure cl ON cl.training_session_id = ts.id
      WHERE ts.training_organisation_id = :viewerOrg AND ts.end_date < :today AND cl.closed_at IS NULL AND :scope_session
        AND EXISTS (SELECT 1 FROM review r WHERE r.training_session_id = ts.id AND r.kind = 'FINAL' AND r.held_at IS NOT NULL)`,
  },
  {
    code: "REPORT_FOLLOW_UP", when: kind(OF), label: (r) => `Rendre compte du suivi dans l'emploi — ${r.title}`,
    sql: `SELECT f.id AS subject_id, o.id AS operation_id, o.title AS operation_title,
        (cd.first_name || ' ' || cd.last_name || ', ' || f.milestone_months || ' mois') AS title, f.due_date
      FROM follow_up f JOIN candidacy c ON c.id = f.candidacy_id JOIN candidate cd ON cd.id = c.candidate_id
      JOIN training_session ts ON ts.id = c.training_session_id JOIN operation o ON o.id = ts.operation_id
      WHERE ts.training_organisation_id = :viewerOrg AND f.reported_at IS NULL AND f.due_date <= :soon AND :scope_followup`,
  },
  {
    code: "PROPOSE_CANDIDATES", when: kind(OrganisationKind.MISSION_LOCALE, OrganisationKind.FRANCE_TRAVAIL), label: (r) => `Proposer des candidats — ${r.title}`,
    sql: `SELECT ts.id AS subject_id, o.id AS operation_id, o.title AS operation_title, ts.title, ts.start_date AS due_date
      FROM ${OPEN_SESSIONS} WHERE ts.group_constituted_at IS NULL AND ts.start_date >= :today AND :scope_session`,
  },
  {
    code: "VALIDATE_PROFILE", when: kind(OrganisationKind.COMPANY), label: (r) => `Donner votre avis sur le profil de ${r.title}`,
    sql: `SELECT c.id AS subject_id, o.id AS operation_id, o.title AS operation_title, (cd.first_name || ' ' || cd.last_name) AS title, NULL AS due_date
      FROM candidacy c JOIN candidate cd ON cd.id = c.candidate_id JOIN hiring_intention hi ON hi.id = c.hiring_intention_id AND hi.company_id = :viewerOrg
      JOIN operation o ON o.id = hi.operation_id AND o.status = 'OPEN'
      WHERE c.status = 'SELECTION' AND c.profile_validated_by_employer_at IS NULL AND :scope_candidacy`,
  },
  {
    code: "GRANT_DEROGATION", when: region(), label: (r) => `Statuer sur la dérogation de durée d'emploi : ${r.title}`,
    sql: `SELECT hi.id AS subject_id, o.id AS operation_id, o.title AS operation_title, hi.job_title AS title, NULL AS due_date
      FROM hiring_intention hi JOIN operation o ON o.id = hi.operation_id AND o.status = 'OPEN' JOIN programme p ON p.id = o.programme_id
      WHERE (p.rules->>'shortContractsNeedDerogation')::boolean AND hi.status = 'SUBMITTED' AND hi.derogation_granted_at IS NULL AND hi.contract_type <> 'CDI'
        AND coalesce(hi.contract_duration_months, 0) < 6 AND :scope_intention`,
  },
  {
    code: "FORWARD_TO_CABINET", when: region(MemberRole.TERRITORIAL_REFERENT), label: (r) => `Transmettre au Cabinet la convention « ${r.title} »`,
    sql: `SELECT cv.id AS subject_id, o.id AS operation_id, o.title AS operation_title, cv.title, (ts.start_date - 20) AS due_date
      FROM convention cv JOIN ${OPEN_SESSIONS} ON ts.id = cv.training_session_id
      WHERE cv.draft_sent_at IS NOT NULL AND cv.forwarded_to_cabinet_at IS NULL AND :scope_convention`,
  },
  {
    code: "ISSUE_ATTESTATION", when: region(MemberRole.TERRITORIAL_REFERENT), label: (r) => `Délivrer l'attestation de conformité — ${r.title}`,
    sql: `SELECT ts.id AS subject_id, o.id AS operation_id, o.title AS operation_title, ts.title, NULL AS due_date
      FROM ${OPEN_SESSIONS} LEFT JOIN closure cl ON cl.training_session_id = ts.id JOIN convention cv ON cv.training_session_id = ts.id AND cv.status = 'SIGNED'
      WHERE cl.attestation_issued_at IS NULL AND ts.end_date < :today AND :scope_session
        AND EXISTS (SELECT 1 FROM review r WHERE r.training_session_id = ts.id AND r.kind = 'FINAL' AND r.held_at IS NOT NULL)`,
  },
  {
    code: "ACKNOWLEDGE_DEFI_BONUS", when: region(MemberRole.MANAGEMENT_UNIT), label: (r) => `Accuser réception de la demande de prime DEFI — ${r.title}`,
    sql: `SELECT ts.id AS subject_id, o.id AS operation_id, o.title AS operation_title, ts.title, NULL AS due_date
      FROM training_session ts JOIN operation o ON o.id = ts.operation_id JOIN closure cl ON cl.training_session_id = ts.id
      WHERE cl.bonus_requested_at IS NOT NULL AND cl.bonus_acknowledged_at IS NULL AND :scope_session`,
  },
  {
    code: "PAY_DEFI_BONUS", when: region(MemberRole.MANAGEMENT_UNIT), label: (r) => `Payer la prime DEFI — ${r.title}`,
    sql: `SELECT ts.id AS subject_id, o.id AS operation_id, o.title AS operation_title, ts.title, NULL AS due_date
      FROM training_session ts JOIN operation o ON o.id = ts.operation_id JOIN closure cl ON cl.training_session_id = ts.id
      WHERE cl.bonus_acknowledged_at IS NOT NULL AND cl.bonus_paid_at IS NULL AND :scope_session`,
  },
  {
    code: "VALIDATE_PURCHASE_ORDER", when: region(MemberRole.HEAD_OF_UNIT, MemberRole.HEAD_OF_SERVICE),
    label: (r) => `Valider le bon de commande : ${r.title}`,
    sql: `SELECT po.id AS subject_id, o.id AS operation_id, o.title AS operation_title, hi.job_title AS title, NULL AS due_date
      FROM purchase_order po JOIN hiring_intention hi ON hi.id = po.hiring_intention_id JOIN operation o ON o.id = po.operation_id AND o.status = 'OPEN'
      WHERE po.status = CASE WHEN :viewerRole = 'HEAD_OF_UNIT' THEN 'QUEUED' ELSE 'VALIDATED_BY_HEAD_OF_UNIT' END AND :scope_order
      ORDER BY po.received_at`,
  },
];

function scoped(reader: ScopedReader, sql: string): string {
  const s = reader.scopes;
  return sql
    .replace(":scope_convention", s.where("convention", "cv"))
    .replace(":scope_session", s.where("training_session", "ts"))
    .replace(":scope_intention", s.where("hiring_intention", "hi"))
    .replace(":scope_followup", s.where("follow_up", "f"))
    .replace(":scope_candidacy", s.where("candidacy", "c"))
    .replace(":scope_order", s.where("purchase_order", "po"));
}

@Resolver(() => Task)
export class TaskResolver {
  @Query(() => [Task], { description: "What the viewer's organisation must do now, soonest due first" })
  async tasks(@Ctx() ctx: Context): Promise<Task[]> {
    const { reader, viewer, dataSource, clock } = authenticated(ctx);
    const today = clock.today();
    const soon = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
    const parameters = { ...scopeParameters(viewer), today, soon, viewerRole: viewer.role, viewerKind: viewer.kind };
    const tasks: Task[] = [];
    for (const task of TASKS.filter((t) => !t.when || t.when(viewer))) {
      const [sql, values] = dataSource.driver.escapeQueryWithParameters(scoped(reader, task.sql), parameters);
      const rows: TaskRow[] = await dataSource.query(sql, values);
      for (const row of rows) {
        tasks.push({
          code: task.code, label: task.label(row), dueDate: row.due_date, late: !!row.due_date && row.due_date < today,
          operationId: row.operation_id, operationTitle: row.operation_title, subjectId: row.subject_id,
        });
      }
    }
    return tasks.sort((a, b) => (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999"));
  }
}
