// PostGraphile v4 on the same data, for comparison only (installed in bench/.tools, never a
// dependency of the platform). Its schema is the database's own tables, plus the board's computed
// fields as STABLE SQL functions (PostGraphile's "computed columns", which must sit in the table's
// schema: `public.operation_steps(operation)`... in the benchmark's database only): the steps'
// statuses, the qualification, the signature planning, the overdue follow-ups, the documents'
// addresses, so that its board query returns the same data as the client's RegionBoard. Its
// helpers (today, the viewer's scope) are in a schema of their own, `bench_pg`. With row-level security, PostGraphile runs each request as the role
// `bench_viewer` with the viewer's organisation in `bench.organisation_id`, and the policies below
// give the access policy's operation scope (server/src/access/scopes.ts) to every table the board
// reads: the Region sees its territory's operations, any other partner the teams it is on.
// The Cordée server connects as the tables' owner (or a superuser), which row-level security does
// not restrict: the policies change nothing for it.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { Client } = require("pg");

const count = (sql) => `(SELECT count(*)::int ${sql})`;
const inOperation = "JOIN training_session ts ON ts.id = c.training_session_id WHERE ts.operation_id = o.id";

const FUNCTIONS = `
DROP SCHEMA IF EXISTS bench_pg CASCADE; -- its functions and the policies that use them, recreated below
CREATE SCHEMA bench_pg;
CREATE OR REPLACE FUNCTION bench_pg.today() RETURNS date LANGUAGE sql STABLE AS $$ SELECT (now() AT TIME ZONE 'Europe/Paris')::date $$;
CREATE OR REPLACE FUNCTION public.programme_has_partnership_convention(p public.programme) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT p.rules->'process'->'steps' @> '[{"actions": [{"action": "draftConvention"}]}]' $$;
CREATE OR REPLACE FUNCTION public.programme_pays_completion_bonus(p public.programme) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT (p.rules->>'paysCompletionBonus')::boolean $$;
CREATE OR REPLACE FUNCTION public.operation_overdue_follow_up_count(o public.operation) RETURNS int LANGUAGE sql STABLE AS $$
  SELECT ${count(`FROM follow_up f JOIN candidacy c ON c.id = f.candidacy_id ${inOperation} AND f.reported_at IS NULL AND f.due_date < bench_pg.today()`)} $$;
CREATE OR REPLACE FUNCTION public.operation_steps(o public.operation) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT jsonb_agg(jsonb_build_object('number', st.n, 'code', st.step->>'code', 'label', st.step->>'label', 'endsWhen', st.step->>'endsWhen',
    'status', CASE st.step->>'progress'
      WHEN 'CALL_FOR_TENDERS' THEN CASE WHEN o.procurement_route = 'PRF_MARKET' THEN 'NOT_APPLICABLE' ELSE 'DONE' END
      WHEN 'TRAINING_ENGINEERING' THEN CASE WHEN f.sessions > 0 THEN 'DONE' ELSE 'TODO' END
      WHEN 'PREPARATORY_MEETING' THEN CASE WHEN f.preparatory_held > 0 THEN 'DONE' WHEN f.submitted_intentions > 0 OR f.advisers > 0 THEN 'IN_PROGRESS' ELSE 'TODO' END
      WHEN 'ADMINISTRATIVE_ENTRY' THEN CASE WHEN f.sessions > 0 AND f.sessions_with_eos >= f.sessions THEN 'DONE' WHEN f.sessions_with_eos > 0 THEN 'IN_PROGRESS' ELSE 'TODO' END
      WHEN 'GROUP_CONSTITUTION' THEN CASE WHEN f.sessions > 0 AND f.sessions_with_group >= f.sessions THEN 'DONE' WHEN f.candidacies > 0 THEN 'IN_PROGRESS' ELSE 'TODO' END
      WHEN 'SESSION_START' THEN CASE WHEN f.sessions_started > 0 AND f.sessions_started >= f.sessions AND f.admitted_with_referent >= f.admitted AND f.admitted > 0 THEN 'DONE'
                                     WHEN f.sessions_started > 0 OR f.admitted_with_referent > 0 THEN 'IN_PROGRESS' ELSE 'TODO' END
      WHEN 'SIGNATURE' THEN CASE WHEN f.sessions > 0 AND f.signed_conventions >= f.sessions THEN 'DONE' WHEN f.conventions > 0 THEN 'IN_PROGRESS' ELSE 'TODO' END
      WHEN 'FINAL_REVIEW' THEN CASE WHEN f.sessions > 0 AND f.reviews_held >= f.sessions THEN 'DONE' WHEN f.reviews_scheduled > 0 THEN 'IN_PROGRESS' ELSE 'TODO' END
      WHEN 'CLOSURE' THEN CASE WHEN f.sessions > 0 AND f.closed_sessions >= f.sessions THEN 'DONE' WHEN f.attestations > 0 THEN 'IN_PROGRESS' ELSE 'TODO' END
      WHEN 'FOLLOW_UP' THEN CASE WHEN f.follow_ups > 0 AND f.follow_ups_reported >= f.follow_ups THEN 'DONE' WHEN f.follow_ups_reported > 0 THEN 'IN_PROGRESS' ELSE 'TODO' END
      ELSE 'TODO' END) ORDER BY st.n)
  FROM (SELECT
      ${count("FROM training_session ts WHERE ts.operation_id = o.id")} AS sessions,
      ${count("FROM training_session ts WHERE ts.operation_id = o.id AND ts.eos_number IS NOT NULL")} AS sessions_with_eos,
      ${count("FROM hiring_intention hi WHERE hi.operation_id = o.id AND hi.status = 'SUBMITTED'")} AS submitted_intentions,
      ${count("FROM meeting m WHERE m.operation_id = o.id AND m.kind = 'PREPARATORY_MEETING' AND m.held_at IS NOT NULL")} AS preparatory_held,
      ${count("FROM team_membership tm JOIN organisation org ON org.id = tm.organisation_id WHERE tm.operation_id = o.id AND tm.left_at IS NULL AND org.kind IN ('MISSION_LOCALE', 'FRANCE_TRAVAIL')")} AS advisers,
      ${count(`FROM candidacy c ${inOperation}`)} AS candidacies,
      ${count(`FROM candidacy c ${inOperation} AND c.status = 'ADMITTED'`)} AS admitted,
      ${count(`FROM candidacy c ${inOperation} AND c.status = 'ADMITTED' AND c.path_referent IS NOT NULL`)} AS admitted_with_referent,
      ${count("FROM training_session ts WHERE ts.operation_id = o.id AND ts.group_constituted_at IS NOT NULL")} AS sessions_with_group,
      ${count("FROM training_session ts WHERE ts.operation_id = o.id AND ts.start_date <= bench_pg.today()")} AS sessions_started,
      ${count("FROM convention cv JOIN training_session ts ON ts.id = cv.training_session_id WHERE ts.operation_id = o.id")} AS conventions,
      ${count("FROM convention cv JOIN training_session ts ON ts.id = cv.training_session_id WHERE ts.operation_id = o.id AND cv.status = 'SIGNED'")} AS signed_conventions,
      (SELECT count(DISTINCT r.training_session_id)::int FROM review r JOIN training_session ts ON ts.id = r.training_session_id WHERE ts.operation_id = o.id AND r.kind = 'FINAL') AS reviews_scheduled,
      (SELECT count(DISTINCT r.training_session_id)::int FROM review r JOIN training_session ts ON ts.id = r.training_session_id WHERE ts.operation_id = o.id AND r.kind = 'FINAL' AND r.held_at IS NOT NULL) AS reviews_held,
      ${count("FROM closure cl JOIN training_session ts ON ts.id = cl.training_session_id WHERE ts.operation_id = o.id AND cl.attestation_issued_at IS NOT NULL")} AS attestations,
      ${count("FROM closure cl JOIN training_session ts ON ts.id = cl.training_session_id WHERE ts.operation_id = o.id AND cl.closed_at IS NOT NULL")} AS closed_sessions,
      ${count(`FROM follow_up f JOIN candidacy c ON c.id = f.candidacy_id ${inOperation}`)} AS follow_ups,
      ${count(`FROM follow_up f JOIN candidacy c ON c.id = f.candidacy_id ${inOperation} AND f.reported_at IS NOT NULL`)} AS follow_ups_reported) f,
    public.programme pr CROSS JOIN LATERAL jsonb_array_elements(pr.rules->'process'->'steps') WITH ORDINALITY AS st(step, n)
  WHERE pr.id = o.programme_id $$;
CREATE OR REPLACE FUNCTION public.training_session_qualification(ts public.training_session) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object('qualified', q.counted >= q.required AND ts.funded_places > 0, 'counted', q.counted, 'required', q.required,
    'explanation', CASE WHEN q.counted >= q.required AND ts.funded_places > 0
      THEN format('Session qualifiée DEFI : %s stagiaires appariés pour %s requis (%s places financées)', q.counted, q.required, ts.funded_places)
      ELSE format('Session non qualifiée DEFI : %s stagiaires appariés sur %s requis pour %s places financées', q.counted, q.required, ts.funded_places) END)
  FROM (SELECT
      least(count(*) FILTER (WHERE c.place IS DISTINCT FROM 'EXTRA'), ts.funded_places)
        + least(count(*) FILTER (WHERE c.place = 'EXTRA' AND (hi.contract_type = 'CDI' OR hi.contract_duration_months >= (SELECT (rules->>'durableContractMinimumMonths')::int FROM programme pr JOIN operation o ON o.programme_id = pr.id WHERE o.id = ts.operation_id))), ts.extra_places) AS counted,
      (SELECT CASE WHEN ts.funded_places < min((r->>'fundedPlaces')::int) THEN ts.funded_places
                   WHEN ts.funded_places > max((r->>'fundedPlaces')::int) THEN greatest(max((r->>'minimumEngaged')::int), ceil(0.7 * ts.funded_places - 1e-9)::int)
                   ELSE (array_agg((r->>'minimumEngaged')::int ORDER BY (r->>'fundedPlaces')::int DESC) FILTER (WHERE (r->>'fundedPlaces')::int <= ts.funded_places))[1] END
         FROM programme pr JOIN operation o ON o.programme_id = pr.id CROSS JOIN LATERAL jsonb_array_elements(pr.rules->'thresholdTable') r WHERE o.id = ts.operation_id) AS required
      FROM pairing p JOIN candidacy c ON c.id = p.candidacy_id JOIN hiring_intention hi ON hi.id = p.hiring_intention_id
     WHERE p.ended_at IS NULL AND c.status = 'ADMITTED' AND hi.status = 'SUBMITTED' AND c.training_session_id = ts.id) q $$;
CREATE OR REPLACE FUNCTION public.convention_planning(cv public.convention) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT jsonb_agg(jsonb_build_object('code', pl.code, 'label', pl.label, 'dueDate', pl.due, 'doneAt', pl.done_at,
      'late', pl.due IS NOT NULL AND coalesce(pl.done_at::date, bench_pg.today()) > pl.due,
      'daysLate', CASE WHEN pl.due IS NULL THEN 0 ELSE greatest(0, coalesce(pl.done_at::date, bench_pg.today()) - pl.due) END) ORDER BY pl.n)
  FROM training_session ts, LATERAL (VALUES
    (1, 'DATE_OPTIONS_TO_RTF', 'Options de dates de signature transmises au RTF', ts.start_date - 28, cv.date_options_sent_at),
    (2, 'DRAFT_TO_RTF', 'Projet de convention et fiche contact transmis au RTF', ts.start_date - 20, cv.draft_sent_at),
    (3, 'FORWARDED_TO_CABINET', 'Transmis au Cabinet de la Région', NULL, cv.forwarded_to_cabinet_at),
    (4, 'OFFICIAL_INVITATIONS', 'Invitations officielles envoyées par le Cabinet', NULL, cv.invitations_sent_at),
    (5, 'SAVE_THE_DATE', '« Save the date » envoyé aux signataires', NULL, cv.save_the_date_sent_at)) AS pl(n, code, label, due, done_at)
  WHERE ts.id = cv.training_session_id $$;
CREATE OR REPLACE FUNCTION public.convention_signatory_signed(s public.convention_signatory) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM signature g JOIN convention cv ON cv.id = s.convention_id WHERE g.signatory_id = s.id AND g.convention_version = cv.version AND g.invalidated_at IS NULL) $$;
CREATE OR REPLACE FUNCTION public.convention_signed_documents(cv public.convention) RETURNS SETOF public.document_version LANGUAGE sql STABLE AS $$
  SELECT * FROM document_version d WHERE d.kind = 'CONVENTION' AND d.subject_id = cv.id ORDER BY d.version $$;
CREATE OR REPLACE FUNCTION public.document_version_url(d public.document_version) RETURNS text LANGUAGE sql STABLE AS $$ SELECT '/documents/convention/' || d.subject_id || '.pdf?version=' || d.version $$;
CREATE OR REPLACE FUNCTION public.convention_document_url(cv public.convention) RETURNS text LANGUAGE sql STABLE AS $$ SELECT '/documents/convention/' || cv.id || '.pdf' $$;
CREATE OR REPLACE FUNCTION public.convention_contact_sheet_url(cv public.convention) RETURNS text LANGUAGE sql STABLE AS $$ SELECT '/documents/contact-sheet/' || cv.id || '.pdf' $$;
CREATE OR REPLACE FUNCTION public.closure_attestation_url(cl public.closure) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN cl.attestation_issued_at IS NOT NULL THEN '/documents/attestation/' || cl.id || '.pdf' END $$;
CREATE OR REPLACE FUNCTION public.closure_bonus_request_url(cl public.closure) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN cl.bonus_requested_at IS NOT NULL THEN '/documents/bonus-request/' || cl.id || '.pdf' END $$;
`;

const OPERATION_TABLES = ["training_session", "hiring_intention", "purchase_order", "meeting", "team_membership"];

/**
 * The access policy's operation scope as row-level security, on every table the board's query
 * traverses. Each policy compares with an array computed once per statement (a SECURITY DEFINER
 * function in a scalar sub-select, PostgreSQL's InitPlan), the usual way to keep policies cheap;
 * the helpers do the same inside (a bare STABLE call in a filter is evaluated once per row).
 * The computed columns are SECURITY DEFINER, as the Cordée server computes the steps' facts, the
 * qualification and the overdue follow-ups of an operation it has let the viewer see from all of
 * its data (server/src/modules/operations/operation-steps.resolver.ts reads them unscoped).
 * The candidacy rules of the other partner kinds (scopes.ts, candidacy()) are not modelled: the
 * board is the Region's, which sees every candidacy of its territory's sessions.
 */
const POLICIES = `
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bench_viewer') THEN CREATE ROLE bench_viewer NOLOGIN; END IF;
END $$;
GRANT USAGE ON SCHEMA public, bench_pg TO bench_viewer;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO bench_viewer;
${["programme_has_partnership_convention(public.programme)", "programme_pays_completion_bonus(public.programme)", "operation_overdue_follow_up_count(public.operation)",
  "operation_steps(public.operation)", "training_session_qualification(public.training_session)", "convention_planning(public.convention)",
  "convention_signatory_signed(public.convention_signatory)"].map((f) => `ALTER FUNCTION public.${f} SECURITY DEFINER SET search_path = public;`).join("\n")}
CREATE OR REPLACE FUNCTION bench_pg.viewer_organisation() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('bench.organisation_id', true), '')::uuid $$;
CREATE OR REPLACE FUNCTION bench_pg.viewer_region_territory() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT territory FROM organisation WHERE id = (SELECT bench_pg.viewer_organisation()) AND kind = 'REGION' $$;
-- the viewer's operations (scopes.ts, operationIds): the Region its territory's, every other partner the teams it is on
CREATE OR REPLACE FUNCTION bench_pg.viewer_operations() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce(array_agg(id), '{}') FROM (
    SELECT o.id FROM operation o WHERE o.territory = (SELECT bench_pg.viewer_region_territory())
    UNION ALL
    SELECT tm.operation_id FROM team_membership tm JOIN organisation v ON v.id = tm.organisation_id
     WHERE v.id = (SELECT bench_pg.viewer_organisation()) AND v.kind <> 'REGION' AND tm.left_at IS NULL) x $$;
CREATE OR REPLACE FUNCTION bench_pg.viewer_sessions() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce(array_agg(id), '{}') FROM training_session WHERE operation_id = ANY ((SELECT bench_pg.viewer_operations())::uuid[]) $$;
CREATE OR REPLACE FUNCTION bench_pg.viewer_conventions() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce(array_agg(id), '{}') FROM convention WHERE training_session_id = ANY ((SELECT bench_pg.viewer_sessions())::uuid[]) $$;
CREATE OR REPLACE FUNCTION bench_pg.viewer_signatories() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce(array_agg(id), '{}') FROM convention_signatory WHERE convention_id = ANY ((SELECT bench_pg.viewer_conventions())::uuid[]) $$;
CREATE OR REPLACE FUNCTION bench_pg.viewer_partners() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce(array_agg(DISTINCT organisation_id), '{}') FROM team_membership WHERE operation_id = ANY ((SELECT bench_pg.viewer_operations())::uuid[]) $$;
CREATE OR REPLACE FUNCTION pg_temp.policy(tbl text, expr text) RETURNS void LANGUAGE plpgsql AS $f$ BEGIN
  EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('DROP POLICY IF EXISTS bench_scope ON public.%I', tbl);
  EXECUTE format('CREATE POLICY bench_scope ON public.%I FOR SELECT TO bench_viewer USING (%s)', tbl, expr);
END $f$;
SELECT pg_temp.policy('operation', 'id = ANY ((SELECT bench_pg.viewer_operations())::uuid[])');
${OPERATION_TABLES.map((t) => `SELECT pg_temp.policy('${t}', 'operation_id = ANY ((SELECT bench_pg.viewer_operations())::uuid[])');`).join("\n")}
SELECT pg_temp.policy('programme', 'true');
SELECT pg_temp.policy('organisation', 'id = (SELECT bench_pg.viewer_organisation()) OR territory = (SELECT bench_pg.viewer_region_territory()) OR id = ANY ((SELECT bench_pg.viewer_partners())::uuid[])');
SELECT pg_temp.policy('candidacy', 'training_session_id = ANY ((SELECT bench_pg.viewer_sessions())::uuid[])');
SELECT pg_temp.policy('review', 'training_session_id = ANY ((SELECT bench_pg.viewer_sessions())::uuid[])');
SELECT pg_temp.policy('closure', 'training_session_id = ANY ((SELECT bench_pg.viewer_sessions())::uuid[])');
SELECT pg_temp.policy('convention', 'training_session_id = ANY ((SELECT bench_pg.viewer_sessions())::uuid[])');
SELECT pg_temp.policy('convention_signatory', 'convention_id = ANY ((SELECT bench_pg.viewer_conventions())::uuid[])');
SELECT pg_temp.policy('signature', 'signatory_id = ANY ((SELECT bench_pg.viewer_signatories())::uuid[])');
SELECT pg_temp.policy('document_version', 'subject_id = ANY ((SELECT bench_pg.viewer_conventions())::uuid[])');
SELECT pg_temp.policy('pairing', 'candidacy_id IN (SELECT id FROM candidacy)');
SELECT pg_temp.policy('follow_up', 'candidacy_id IN (SELECT id FROM candidacy)');
SELECT pg_temp.policy('immersion', 'candidacy_id IN (SELECT id FROM candidacy)');
`;

/** Creates (or replaces) the computed columns and the policies; idempotent. */
export async function setUpRowLevelSecurity(url) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(FUNCTIONS);
    await client.query(POLICIES);
  } finally {
    await client.end();
  }
}

/** The client's RegionBoard, field for field, in PostGraphile's schema. */
export const PG_BOARD_QUERY = `query PgRegionBoard($territory: String!) {
  today
  allOperations(first: 100, orderBy: CREATED_AT_DESC, condition: { territory: $territory }) {
    totalCount
    nodes {
      id title status department procurementRoute
      programmeByProgrammeId { name code hasPartnershipConvention paysCompletionBonus }
      steps
      overdueFollowUpCount
      trainingSessionsByOperationId(orderBy: START_DATE_ASC) {
        nodes {
          id title startDate endDate fundedPlaces
          qualification
          reviewsByTrainingSessionId(orderBy: SCHEDULED_AT_ASC) { nodes { id kind heldAt } }
          closureByTrainingSessionId { id attestationIssuedAt attestationUrl bonusRequestedAt bonusRequestUrl bonusAcknowledgedAt bonusPaidAt closedAt }
          conventionByTrainingSessionId {
            id version status documentUrl
            signedDocuments { nodes { id version sha256 sizeBytes createdAt url } }
            title signedAt contactSheetUrl draftSentAt forwardedToCabinetAt invitationsSentAt plannedSignatureDate
            conventionSignatoriesByConventionId(orderBy: ADDED_AT_ASC) { nodes { id signed required withdrawnAt organisationByOrganisationId { id name } } }
            planning
          }
        }
      }
      purchaseOrdersByOperationId(orderBy: RECEIVED_AT_ASC) { nodes { id status } }
      hiringIntentionsByOperationId(orderBy: RECEIVED_AT_ASC) { nodes { id } }
    }
  }
}`;
