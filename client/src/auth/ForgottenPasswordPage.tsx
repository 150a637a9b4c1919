import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { graphql } from "../../generated/gql";
import { serverErrors } from "../ui/errors";
import { Field } from "../ui/Field";
import { withoutFieldPrefix } from "../ui/useSubmit";
import { OpenPage, SignInLink } from "./OpenPage";

const REQUEST_RESET = graphql(`
  mutation RequestPasswordReset($input: PasswordResetRequestInput!) {
    requestPasswordReset(input: $input)
  }
`);

/** The same answer whether or not the address has an account: nobody learns who is on Cordée. */
export const RESET_REQUESTED = "Si un compte existe pour cette adresse, un lien vient de lui être envoyé.";

/** /mot-de-passe-oublie — asks for a single-use link to choose a new password. */
export function ForgottenPasswordPage() {
  const [email, setEmail] = useState("");
  const [sent, setSent] = useState(false);
  const [request, { loading, error }] = useMutation(REQUEST_RESET);
  const errors = withoutFieldPrefix(serverErrors(error));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    try {
      await request({ variables: { input: { email: email.trim() } } });
      setSent(true);
    } catch {
      // shown below
    }
  };
  return (
    <OpenPage title="Mot de passe oublié">
      {sent ? (
        <>
          <p className="state state--done" role="status">{RESET_REQUESTED}</p>
          <p className="login__lead">Le lien est valable peu de temps et ne sert qu'une fois. Pensez à regarder dans les courriers indésirables.</p>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <p className="login__lead">Saisissez l'adresse e-mail de votre compte&nbsp;: nous vous envoyons un lien pour choisir un nouveau mot de passe.</p>
          <Field label="Adresse e-mail" error={errors.byField.email}>
            {(props) => <input {...props} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} required />}
          </Field>
          {errors.general && <p className="state state--error" role="alert">{errors.general}</p>}
          <button type="submit" className="button button--primary" disabled={loading}>{loading ? "Envoi…" : "Recevoir un lien"}</button>
        </form>
      )}
      <p><SignInLink>Retour à la connexion</SignInLink></p>
    </OpenPage>
  );
}
