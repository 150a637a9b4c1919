import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { useParams } from "react-router";
import { graphql } from "../../generated/gql";
import { serverErrors } from "../ui/errors";
import { withoutFieldPrefix } from "../ui/useSubmit";
import { OpenPage, SignInLink } from "./OpenPage";
import { confirmed, PasswordPair, type PasswordPairValue } from "./PasswordPair";

const RESET = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

/** /mot-de-passe/:token — a new password through the e-mailed link; every open session of the account ends. */
export function ResetPasswordPage() {
  const { token = "" } = useParams();
  const [passwords, setPasswords] = useState<PasswordPairValue>({ password: "", confirmation: "" });
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);
  const [reset, { loading, error, reset: forget }] = useMutation(RESET);
  const errors = withoutFieldPrefix(serverErrors(error));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMismatch(!confirmed(passwords));
    if (!confirmed(passwords)) return forget(); // the server's last refusal was about other passwords
    try {
      await reset({ variables: { input: { token, password: passwords.password } } });
      setDone(true);
    } catch {
      // shown below
    }
  };
  if (done) {
    return (
      <OpenPage title="Nouveau mot de passe">
        <p className="state state--done" role="status">Votre nouveau mot de passe est enregistré. Connectez-vous avec lui.</p>
        <p><SignInLink /></p>
      </OpenPage>
    );
  }
  return (
    <OpenPage title="Nouveau mot de passe">
      <form onSubmit={submit} noValidate>
        <PasswordPair value={passwords} onChange={setPasswords} error={errors.byField.password} mismatch={mismatch} />
        {(errors.general || errors.byField.token) && (
          <p className="state state--error" role="alert">
            {errors.general ?? errors.byField.token} <a href="/mot-de-passe-oublie">Demander un nouveau lien</a>
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={loading}>{loading ? "Enregistrement…" : "Enregistrer le mot de passe"}</button>
      </form>
      <p><SignInLink>Retour à la connexion</SignInLink></p>
    </OpenPage>
  );
}
