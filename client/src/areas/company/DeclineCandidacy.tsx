import { useMutation } from "@apollo/client/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { serverErrors, type ServerErrors } from "../../ui/errors";
import { Field } from "../../ui/Field";
import { fieldError, generalError, NO_ERRORS } from "./companyLabels";
import { COMPANY_DECLINE_CANDIDACY } from "./documents";

/** « Ne pas retenir » opens a short form: the reason is required by the path's rules. */
export function DeclineCandidacy({ candidacyId, candidateName }: { candidacyId: string; candidateName: string }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<ServerErrors>(NO_ERRORS);
  const [move, { loading }] = useMutation(COMPANY_DECLINE_CANDIDACY, { refetchQueries: "active" });
  const toggle = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  // Closing the form gives the focus back to the button that opened it.
  useEffect(() => {
    if (open) wasOpen.current = true;
    else if (wasOpen.current) toggle.current?.focus();
  }, [open]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors(NO_ERRORS);
    try {
      await move({ variables: { input: { candidacyId, to: "DECLINED", reason: reason.trim() } } });
      setOpen(false);
      setReason("");
    } catch (e) {
      setErrors(serverErrors(e));
    }
  };

  if (!open) {
    return (
      <button ref={toggle} type="button" className="button button--secondary" aria-expanded={false} onClick={() => setOpen(true)}>
        Ne pas retenir
      </button>
    );
  }
  const general = generalError(errors, ["reason"]);
  return (
    <form onSubmit={onSubmit} noValidate className="company-inline-form" aria-label={`Ne pas retenir ${candidateName}`}>
      <Field label="Motif du refus" error={fieldError(errors, "reason")} hint="Transmis à l'organisme de formation et au conseiller.">
        {(props) => <input {...props} type="text" value={reason} onChange={(e) => setReason(e.target.value)} required autoFocus />}
      </Field>
      {general && <p className="state state--error" role="alert">{general}</p>}
      <span className="company-buttons">
        <button type="submit" className="button button--danger" disabled={loading}>{loading ? "Enregistrement…" : "Confirmer : ne pas retenir"}</button>
        <button type="button" className="button button--secondary" onClick={() => { setOpen(false); setErrors(NO_ERRORS); }}>Annuler</button>
      </span>
    </form>
  );
}
