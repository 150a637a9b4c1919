import { useState, type FormEvent } from "react";
import { graphql } from "../../../generated/gql";
import { Field } from "../../ui/Field";
import { frenchDateTime } from "../../ui/labels";
import { Empty } from "../../ui/states";
import { Disclosure } from "../../ui/Disclosure";
import { fullName } from "./labels";
import { useSessionLocked } from "./lock";
import type { ProgrammeFeatures } from "./programme";
import { QualificationPanel } from "./QualificationPanel";
import { CockpitSection, PerSession } from "./Section";
import type { CockpitCandidacy, CockpitHiringIntention, CockpitPurchaseOrder, CockpitSession } from "./types";
import { useSubmit } from "../../ui/useSubmit";
import { FormMessages } from "../../ui/FormMessages";

const PAIR = graphql(`
  mutation CockpitPairTrainee($input: PairTraineeInput!) {
    pairTrainee(input: $input) { id pairedAt }
  }
`);

const END_PAIRING = graphql(`
  mutation CockpitEndPairing($input: EndPairingInput!) {
    endPairing(input: $input) { id endedAt endReason }
  }
`);

/** The pairing board (appairage): admitted trainees and their company, beside the live qualification. */
type Orders = Map<string, CockpitPurchaseOrder>;

export function PairingSection({ sessions, features, orders }: { sessions: CockpitSession[]; features: ProgrammeFeatures; orders: Orders }) {
  return (
    <CockpitSection id="appariement" title="Groupe et appariement">
      <PerSession sessions={sessions}>
        {(session) => (
          <div className="cockpit-pairing">
            <PairingBoard session={session} features={features} orders={orders} />
            <QualificationPanel session={session} />
          </div>
        )}
      </PerSession>
    </CockpitSection>
  );
}

const activePairing = (candidacy: CockpitCandidacy) => candidacy.pairings.find((p) => !p.endedAt) ?? null;
const filled = (intention: CockpitHiringIntention) => intention.pairings.filter((p) => !p.endedAt).length;

function PairingBoard({ session, features, orders }: { session: CockpitSession; features: ProgrammeFeatures; orders: Orders }) {
  const locked = useSessionLocked(session);
  const trainees = session.candidacies.filter((c) => c.status === "ADMITTED").sort((a, b) => fullName(a.candidate).localeCompare(fullName(b.candidate), "fr"));
  const intentions = session.hiringIntentions
    .filter((i) => i.status === "SUBMITTED")
    .sort((a, b) => (a.company?.name ?? "").localeCompare(b.company?.name ?? "", "fr") || a.jobTitle.localeCompare(b.jobTitle, "fr"));
  if (!trainees.length) return <Empty>Aucun stagiaire admis en formation pour le moment.</Empty>;
  const paired = trainees.filter(activePairing).length;
  return (
    <div>
      <p>{paired} stagiaire{paired > 1 ? "s" : ""} apparié{paired > 1 ? "s" : ""} sur {trainees.length} admis en formation.</p>
      <ul className="cockpit-list" aria-label="Stagiaires admis et leur entreprise">
        {trainees.map((trainee) => (
          <li key={trainee.id}>
            <TraineePairing trainee={trainee} intentions={intentions} features={features} orders={orders} locked={locked} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function TraineePairing({ trainee, intentions, features, orders, locked }: { trainee: CockpitCandidacy; intentions: CockpitHiringIntention[]; features: ProgrammeFeatures; orders: Orders; locked: boolean }) {
  const name = fullName(trainee.candidate);
  const pairing = activePairing(trainee);
  const ended = trainee.pairings.filter((p) => p.endedAt);
  return (
    <>
      <div className="cockpit-row">
        <strong>{name}</strong>
        {pairing ? (
          <span>
            Apparié(e) à <strong>{pairing.hiringIntention?.company?.name ?? "entreprise masquée"}</strong> — {pairing.hiringIntention?.jobTitle}
            <span className="cockpit-meta"> (depuis le {frenchDateTime(pairing.pairedAt)})</span>
          </span>
        ) : (
          <span className="cockpit-meta">Pas encore apparié(e)</span>
        )}
      </div>
      {ended.map((p) => (
        <p key={p.id} className="cockpit-meta">
          Appariement terminé avec {p.hiringIntention?.company?.name ?? "une entreprise"} ({p.hiringIntention?.jobTitle}) le {p.endedAt ? frenchDateTime(p.endedAt) : ""}{p.endReason ? ` : ${p.endReason}` : ""}
        </p>
      ))}
      {!locked && (
        <div className="cockpit-actions">
          {pairing ? <EndPairingForm pairingId={pairing.id} name={name} /> : <PairForm trainee={trainee} name={name} intentions={intentions} features={features} orders={orders} />}
        </div>
      )}
    </>
  );
}

/** Why an intention cannot take this trainee yet, in the programme's rules (the server decides). */
function pendingFor(intention: CockpitHiringIntention, features: ProgrammeFeatures, orders: Orders): string {
  const notes: string[] = [];
  if (features.derogation && !intention.durableEmployment && !intention.derogationGrantedAt) notes.push("dérogation requise");
  if (features.purchaseOrders && orders.get(intention.id)?.status !== "VALIDATED") notes.push("bon de commande non validé");
  return notes.length ? ` — ${notes.join(", ")}` : "";
}

function PairForm({ trainee, name, intentions, features, orders }: { trainee: CockpitCandidacy; name: string; intentions: CockpitHiringIntention[]; features: ProgrammeFeatures; orders: Orders }) {
  const proposedFor = intentions.find((i) => i.id === trainee.hiringIntention?.id && filled(i) < i.positions);
  const [intentionId, setIntentionId] = useState(proposedFor?.id ?? "");
  const { submit, loading, errors } = useSubmit(PAIR);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit({ input: { candidacyId: trainee.id, hiringIntentionId: intentionId } });
  };
  if (!intentions.length) return <Empty>Aucune intention d'embauche déposée pour cette session.</Empty>;
  return (
    <form onSubmit={onSubmit}>
      <div className="cockpit-inline">
        <Field label={`Entreprise pour ${name}`} error={errors.byField.hiringIntentionId}>
          {(props) => (
            <select {...props} value={intentionId} onChange={(e) => setIntentionId(e.target.value)} required>
              <option value="">Choisir une intention d'embauche</option>
              {intentions.map((i) => {
                const full = filled(i) >= i.positions;
                return (
                  <option key={i.id} value={i.id} disabled={full}>
                    {i.company?.name ?? "Entreprise"} — {i.jobTitle} ({filled(i)}/{i.positions}){full ? " — complet" : ""}{pendingFor(i, features, orders)}
                  </option>
                );
              })}
            </select>
          )}
        </Field>
        <button type="submit" className="button button--primary" disabled={loading}>Apparier</button>
      </div>
      <FormMessages errors={errors} shownFields={["hiringIntentionId"]} />
    </form>
  );
}

function EndPairingForm({ pairingId, name }: { pairingId: string; name: string }) {
  const [reason, setReason] = useState("");
  const { submit, loading, errors } = useSubmit(END_PAIRING);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit({ input: { pairingId, reason: reason.trim() } });
  };
  return (
    <Disclosure label="Mettre fin">
      <form onSubmit={onSubmit}>
        <div className="cockpit-inline">
          <Field label={`Motif de fin pour ${name}`} error={errors.byField.reason}>
            {(props) => <input {...props} value={reason} onChange={(e) => setReason(e.target.value)} required />}
          </Field>
          <button type="submit" className="button button--danger" disabled={loading}>Confirmer la fin de l'appariement</button>
        </div>
        <FormMessages errors={errors} shownFields={["reason"]} />
      </form>
    </Disclosure>
  );
}
