// The SQL floor of the Region's board: one hand-written statement that returns the same data as
// the client's RegionBoard query (every field it selects, the computed ones included: the steps'
// statuses from the operation's facts, each session's DEFI qualification, the signature planning,
// the documents' addresses), shaped as JSON by PostgreSQL (json_agg). It is what the screen would
// cost with no GraphQL layer at all: PostgreSQL's work plus one round trip.
// $1: the viewer's territory (the Region's scope: its territory's operations), $2: today (Paris).

const count = (sql) => `(SELECT count(*)::int ${sql})`;
const inOperation = "JOIN training_session ts ON ts.id = c.training_session_id WHERE ts.operation_id = o.id";

export const BOARD_FLOOR_SQL = `
WITH page AS (
  SELECT o.* FROM operation o WHERE o.territory = $1 ORDER BY o.created_at DESC LIMIT 100
), prog AS MATERIALIZED (
  -- the programme's rules, read once (the jsonb is large: detoasting it per operation would dominate)
  SELECT id, name, code, rules->'thresholdTable' AS thresholds, (rules->>'durableContractMinimumMonths')::int AS durable_min,
         coalesce((rules->>'minimumEngagedShareOutsideTable')::numeric, 1) AS share, (rules->>'paysCompletionBonus')::boolean AS pays_bonus,
         rules->'process'->'steps' @> '[{"actions": [{"action": "draftConvention"}]}]' AS has_convention
    FROM programme
), prog_step AS MATERIALIZED (
  SELECT pr.id AS programme_id, st.n, st.step->>'code' AS code, st.step->>'label' AS label, st.step->>'endsWhen' AS ends_when, st.step->>'progress' AS progress
    FROM programme pr CROSS JOIN LATERAL jsonb_array_elements(pr.rules->'process'->'steps') WITH ORDINALITY AS st(step, n)
), facts AS (
  SELECT o.id,
    ${count("FROM training_session ts WHERE ts.operation_id = o.id")} AS sessions,
    ${count("FROM training_session ts WHERE ts.operation_id = o.id AND ts.eos_number IS NOT NULL")} AS sessions_with_eos,
    ${count("FROM hiring_intention hi WHERE hi.operation_id = o.id AND hi.status = 'SUBMITTED'")} AS submitted_intentions,
    ${count("FROM purchase_order po WHERE po.operation_id = o.id AND po.status NOT IN ('REFUSED', 'CANCELLED')")} AS requested_orders,
    ${count("FROM purchase_order po JOIN hiring_intention hi ON hi.id = po.hiring_intention_id WHERE po.operation_id = o.id AND po.status = 'VALIDATED' AND hi.status = 'SUBMITTED'")} AS validated_orders,
    ${count("FROM meeting m WHERE m.operation_id = o.id AND m.kind = 'PREPARATORY_MEETING' AND m.held_at IS NOT NULL")} AS preparatory_held,
    ${count("FROM meeting m WHERE m.operation_id = o.id AND m.kind = 'INFORMATION_SESSION' AND m.held_at IS NOT NULL")} AS information_held,
    ${count("FROM team_membership tm JOIN organisation org ON org.id = tm.organisation_id WHERE tm.operation_id = o.id AND tm.left_at IS NULL AND org.kind IN ('MISSION_LOCALE', 'FRANCE_TRAVAIL')")} AS advisers,
    ${count(`FROM candidacy c ${inOperation}`)} AS candidacies,
    ${count(`FROM candidacy c ${inOperation} AND c.status = 'ADMITTED'`)} AS admitted,
    ${count(`FROM candidacy c ${inOperation} AND c.status = 'ADMITTED' AND c.path_referent IS NOT NULL`)} AS admitted_with_referent,
    ${count("FROM training_session ts WHERE ts.operation_id = o.id AND ts.group_constituted_at IS NOT NULL")} AS sessions_with_group,
    ${count("FROM training_session ts WHERE ts.operation_id = o.id AND ts.start_date <= $2::date")} AS sessions_started,
    ${count("FROM training_session ts WHERE ts.operation_id = o.id AND ts.end_date < $2::date")} AS sessions_ended,
    ${count(`FROM immersion i JOIN candidacy c ON c.id = i.candidacy_id ${inOperation}`)} AS immersions,
    ${count("FROM review r JOIN training_session ts ON ts.id = r.training_session_id WHERE ts.operation_id = o.id AND r.kind = 'INTERMEDIATE' AND r.held_at IS NOT NULL")} AS intermediate_held,
    ${count("FROM convention cv JOIN training_session ts ON ts.id = cv.training_session_id WHERE ts.operation_id = o.id")} AS conventions,
    ${count("FROM convention cv JOIN training_session ts ON ts.id = cv.training_session_id WHERE ts.operation_id = o.id AND cv.status = 'SIGNED'")} AS signed_conventions,
    (SELECT count(DISTINCT r.training_session_id)::int FROM review r JOIN training_session ts ON ts.id = r.training_session_id WHERE ts.operation_id = o.id AND r.kind = 'FINAL') AS reviews_scheduled,
    (SELECT count(DISTINCT r.training_session_id)::int FROM review r JOIN training_session ts ON ts.id = r.training_session_id WHERE ts.operation_id = o.id AND r.kind = 'FINAL' AND r.held_at IS NOT NULL) AS reviews_held,
    ${count("FROM closure cl JOIN training_session ts ON ts.id = cl.training_session_id WHERE ts.operation_id = o.id AND cl.attestation_issued_at IS NOT NULL")} AS attestations,
    ${count("FROM closure cl JOIN training_session ts ON ts.id = cl.training_session_id WHERE ts.operation_id = o.id AND cl.closed_at IS NOT NULL")} AS closed_sessions,
    ${count(`FROM follow_up f JOIN candidacy c ON c.id = f.candidacy_id ${inOperation}`)} AS follow_ups,
    ${count(`FROM follow_up f JOIN candidacy c ON c.id = f.candidacy_id ${inOperation} AND f.reported_at IS NOT NULL`)} AS follow_ups_reported,
    ${count(`FROM follow_up f JOIN candidacy c ON c.id = f.candidacy_id ${inOperation} AND f.reported_at IS NULL AND f.due_date < $2::date`)} AS overdue_follow_ups
  FROM page o
)
SELECT json_build_object('today', $2::date, 'operations', json_build_object(
  'totalCount', (SELECT count(*) FROM operation WHERE territory = $1),
  'nodes', coalesce(json_agg(json_build_object(
    'id', o.id, 'title', o.title, 'status', o.status, 'department', o.department, 'procurementRoute', o.procurement_route,
    'programme', json_build_object('name', pr.name, 'code', pr.code, 'rules', json_build_object(
      'hasPartnershipConvention', pr.has_convention, 'paysCompletionBonus', pr.pays_bonus)),
    'steps', (SELECT json_agg(json_build_object('number', st.n, 'code', st.code, 'label', st.label, 'endsWhen', st.ends_when,
        'status', CASE st.progress
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
          WHEN 'HIRING_INTENTIONS' THEN CASE WHEN f.submitted_intentions > 0 THEN 'DONE' ELSE 'TODO' END
          WHEN 'PURCHASE_ORDERS' THEN CASE WHEN f.submitted_intentions > 0 AND f.validated_orders >= f.submitted_intentions THEN 'DONE' WHEN f.requested_orders > 0 THEN 'IN_PROGRESS' ELSE 'TODO' END
          WHEN 'RECRUITMENT' THEN CASE WHEN f.admitted > 0 THEN 'DONE' WHEN f.candidacies > 0 OR f.information_held > 0 THEN 'IN_PROGRESS' ELSE 'TODO' END
          WHEN 'GROUP_AND_START' THEN CASE WHEN f.sessions > 0 AND f.sessions_with_group >= f.sessions AND f.sessions_started >= f.sessions THEN 'DONE'
                                           WHEN f.sessions_with_group > 0 OR f.sessions_started > 0 THEN 'IN_PROGRESS' ELSE 'TODO' END
          WHEN 'TRAINING' THEN CASE WHEN f.sessions > 0 AND f.sessions_ended >= f.sessions THEN 'DONE' WHEN f.sessions_started > 0 OR f.immersions > 0 OR f.intermediate_held > 0 THEN 'IN_PROGRESS' ELSE 'TODO' END
        END) ORDER BY st.n)
      FROM prog_step st WHERE st.programme_id = pr.id),
    'overdueFollowUpCount', f.overdue_follow_ups,
    'trainingSessions', (SELECT coalesce(json_agg(json_build_object(
        'id', ts.id, 'title', ts.title, 'startDate', ts.start_date, 'endDate', ts.end_date, 'fundedPlaces', ts.funded_places,
        'qualification', (SELECT json_build_object('qualified', q.counted >= q.required AND ts.funded_places > 0, 'counted', q.counted, 'required', q.required,
            'explanation', CASE WHEN q.counted >= q.required AND ts.funded_places > 0
              THEN format('Session qualifiée DEFI : %s stagiaire%s apparié%s pour %s requis (%s places financées)', q.counted, CASE WHEN q.counted > 1 THEN 's' ELSE '' END, CASE WHEN q.counted > 1 THEN 's' ELSE '' END, q.required, ts.funded_places)
              ELSE format('Session non qualifiée DEFI : %s stagiaire%s apparié%s sur %s requis pour %s places financées', q.counted, CASE WHEN q.counted > 1 THEN 's' ELSE '' END, CASE WHEN q.counted > 1 THEN 's' ELSE '' END, q.required, ts.funded_places) END)
          FROM (SELECT
            least(count(*) FILTER (WHERE c.place IS DISTINCT FROM 'EXTRA'), ts.funded_places)
              + least(count(*) FILTER (WHERE c.place = 'EXTRA' AND (hi.contract_type = 'CDI' OR hi.contract_duration_months >= pr.durable_min)), ts.extra_places) AS counted,
            (SELECT CASE WHEN ts.funded_places < min((r->>'fundedPlaces')::int) THEN ts.funded_places
                         WHEN ts.funded_places > max((r->>'fundedPlaces')::int) THEN greatest(max((r->>'minimumEngaged')::int), ceil(pr.share * ts.funded_places - 1e-9)::int)
                         ELSE (array_agg((r->>'minimumEngaged')::int ORDER BY (r->>'fundedPlaces')::int DESC) FILTER (WHERE (r->>'fundedPlaces')::int <= ts.funded_places))[1] END
               FROM jsonb_array_elements(pr.thresholds) r) AS required
            FROM pairing p JOIN candidacy c ON c.id = p.candidacy_id JOIN hiring_intention hi ON hi.id = p.hiring_intention_id
           WHERE p.ended_at IS NULL AND c.status = 'ADMITTED' AND hi.status = 'SUBMITTED' AND c.training_session_id = ts.id) q),
        'reviews', (SELECT coalesce(json_agg(json_build_object('id', r.id, 'kind', r.kind, 'heldAt', r.held_at) ORDER BY r.scheduled_at), '[]') FROM review r WHERE r.training_session_id = ts.id),
        'closure', (SELECT json_build_object('id', cl.id, 'attestationIssuedAt', cl.attestation_issued_at,
            'attestationUrl', CASE WHEN cl.attestation_issued_at IS NOT NULL THEN '/documents/attestation/' || cl.id || '.pdf' END,
            'bonusRequestedAt', cl.bonus_requested_at, 'bonusRequestUrl', CASE WHEN cl.bonus_requested_at IS NOT NULL THEN '/documents/bonus-request/' || cl.id || '.pdf' END,
            'bonusAcknowledgedAt', cl.bonus_acknowledged_at, 'bonusPaidAt', cl.bonus_paid_at, 'closedAt', cl.closed_at)
          FROM closure cl WHERE cl.training_session_id = ts.id),
        'convention', (SELECT json_build_object('id', cv.id, 'version', cv.version, 'status', cv.status, 'documentUrl', '/documents/convention/' || cv.id || '.pdf',
            'signedDocuments', (SELECT coalesce(json_agg(json_build_object('id', d.id, 'version', d.version, 'sha256', d.sha256, 'sizeBytes', d.size_bytes, 'createdAt', d.created_at,
                'url', '/documents/convention/' || d.subject_id || '.pdf?version=' || d.version) ORDER BY d.version), '[]')
              FROM document_version d WHERE d.kind = 'CONVENTION' AND d.subject_id = cv.id),
            'title', cv.title, 'signedAt', cv.signed_at, 'contactSheetUrl', '/documents/contact-sheet/' || cv.id || '.pdf', 'draftSentAt', cv.draft_sent_at,
            'forwardedToCabinetAt', cv.forwarded_to_cabinet_at, 'invitationsSentAt', cv.invitations_sent_at, 'plannedSignatureDate', cv.planned_signature_date,
            'signatories', (SELECT coalesce(json_agg(json_build_object('id', s.id, 'required', s.required, 'withdrawnAt', s.withdrawn_at,
                'signed', EXISTS (SELECT 1 FROM signature g WHERE g.signatory_id = s.id AND g.convention_version = cv.version AND g.invalidated_at IS NULL),
                'organisation', json_build_object('id', org.id, 'name', org.name)) ORDER BY s.added_at, s.id), '[]')
              FROM convention_signatory s JOIN organisation org ON org.id = s.organisation_id WHERE s.convention_id = cv.id),
            'planning', (SELECT json_agg(json_build_object('code', pl.code, 'label', pl.label, 'dueDate', pl.due, 'doneAt', pl.done_at,
                'late', pl.due IS NOT NULL AND coalesce(pl.done_at::date, $2::date) > pl.due, 'daysLate', CASE WHEN pl.due IS NULL THEN 0 ELSE greatest(0, coalesce(pl.done_at::date, $2::date) - pl.due) END) ORDER BY pl.n)
              FROM (VALUES
                (1, 'DATE_OPTIONS_TO_RTF', 'Options de dates de signature transmises au RTF', ts.start_date - 28, cv.date_options_sent_at),
                (2, 'DRAFT_TO_RTF', 'Projet de convention et fiche contact transmis au RTF', ts.start_date - 20, cv.draft_sent_at),
                (3, 'FORWARDED_TO_CABINET', 'Transmis au Cabinet de la Région', NULL, cv.forwarded_to_cabinet_at),
                (4, 'OFFICIAL_INVITATIONS', 'Invitations officielles envoyées par le Cabinet', NULL, cv.invitations_sent_at),
                (5, 'SAVE_THE_DATE', '« Save the date » envoyé aux signataires', NULL, cv.save_the_date_sent_at)) AS pl(n, code, label, due, done_at)))
          FROM convention cv WHERE cv.training_session_id = ts.id)) ORDER BY ts.start_date, ts.id), '[]')
      FROM training_session ts WHERE ts.operation_id = o.id),
    'purchaseOrders', (SELECT coalesce(json_agg(json_build_object('id', po.id, 'status', po.status) ORDER BY po.received_at), '[]') FROM purchase_order po WHERE po.operation_id = o.id),
    'hiringIntentions', (SELECT coalesce(json_agg(json_build_object('id', hi.id) ORDER BY hi.received_at), '[]') FROM hiring_intention hi WHERE hi.operation_id = o.id)
  ) ORDER BY o.created_at DESC), '[]'))) AS board
FROM page o JOIN facts f ON f.id = o.id JOIN prog pr ON pr.id = o.programme_id`;
