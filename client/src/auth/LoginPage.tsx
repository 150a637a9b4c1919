import { useApolloClient, useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { Link, useLocation } from "react-router";
import { graphql } from "../../generated/gql";
import { serverErrors } from "../ui/errors";
import { Field } from "../ui/Field";

const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) { expiresAt }
  }
`);

/** The sign-in page, shown at whatever address was asked for: once signed in, that page opens (a link from an e-mail is not lost). */
export function LoginPage() {
  const client = useApolloClient();
  const { pathname } = useLocation();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [login, { loading, error }] = useMutation(LOGIN);
  const errors = serverErrors(error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await login({ variables: { input: { email, password } } });
      await client.resetStore();
    } catch {
      // shown below
    }
  };
  return (
    <main className="login">
      <h1>Cordée</h1>
      <p className="login__lead">L'espace partagé des opérations « un emploi, une formation ».</p>
      {pathname !== "/" && <p className="state state--warn">Connectez-vous pour ouvrir la page demandée.</p>}
      <form onSubmit={submit} aria-label="Connexion" noValidate>
        <Field label="Adresse e-mail" error={errors.byField.email}>
          {(props) => <input {...props} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />}
        </Field>
        <Field label="Mot de passe" error={errors.byField.password}>
          {(props) => <input {...props} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />}
        </Field>
        {errors.general && <p className="state state--error" role="alert">{errors.general}</p>}
        <button type="submit" className="button button--primary" disabled={loading}>{loading ? "Connexion…" : "Se connecter"}</button>
      </form>
      <p><Link to="/mot-de-passe-oublie" className="login__link">Mot de passe oublié&nbsp;?</Link></p>
    </main>
  );
}
