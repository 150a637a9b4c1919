import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { serverErrors, type ServerErrors } from "../../ui/errors";
import { Field } from "../../ui/Field";
import { fieldError, generalError, NO_ERRORS } from "./companyLabels";
import { COMPANY_WITHDRAW_INTENTION } from "./documents";

/** Withdrawing keeps everything: the intention is marked withdrawn with its reason, the Region is told. */
export function WithdrawIntentionForm({ intentionId, jobTitle }: { intentionId: string; jobTitle: string }) {
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<ServerErrors>(NO_ERRORS);
  const [withdraw, { loading }] = useMutation(COMPANY_WITHDRAW_INTENTION, { refetchQueries: "active" });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors(NO_ERRORS);
    try {
      await withdraw({ variables: { input: { id: intentionId, reason: reason.trim() } } });
      setReason("");
    } catch (e) {
      setErrors(serverErrors(e));
    }
  };

  const general = generalError(errors, ["reason"]);
  return (
    <form onSubmit={onSubmit} noValidate className="company-withdraw" aria-label={`Retrait de l'intention « ${jobTitle} »`}>
      <Field
        label="Motif du retrait"
        error={fieldError(errors, "reason")}
        hint="Rien n'est supprimé : l'organisme de formation et la Région sont informés et une solution est recherchée pour les stagiaires."
      >
        {(props) => <input {...props} type="text" value={reason} onChange={(e) => setReason(e.target.value)} required />}
      </Field>
      {general && <p className="state state--error" role="alert">{general}</p>}
      <button type="submit" className="button button--danger" disabled={loading}>{loading ? "Retrait en cours…" : "Retirer l'intention"}</button>
    </form>
  );
}
