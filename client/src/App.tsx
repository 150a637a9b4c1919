import { gql } from "@apollo/client";
import { useMutation, useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";

const KIND_LABELS: Record<string, string> = {
  TRAINING_ORGANISATION: "Organisme de formation",
  MISSION_LOCALE: "Mission Locale",
  FRANCE_TRAVAIL: "France Travail",
  COMPANY: "Entreprise",
  REGION: "Région",
};

const VIEWER = gql`
  query Viewer {
    viewer { user { firstName lastName email } organisation { name } kind }
    operations(first: 20) { totalCount nodes { id title } }
  }
`;
const LOGIN = gql`mutation Login($input: LoginInput!) { login(input: $input) { token } }`;
const LOGOUT = gql`mutation Logout { logout }`;

interface ViewerData {
  viewer: { user: { firstName: string; lastName: string; email: string }; organisation: { name: string }; kind: string };
  operations: { totalCount: number; nodes: { id: string; title: string }[] };
}

function LoginForm({ onDone }: { onDone: () => void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [login, { loading, error }] = useMutation(LOGIN);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await login({ variables: { input: { email, password } } }).then(onDone, () => undefined);
  };
  return (
    <form onSubmit={submit} aria-label="Connexion">
      <h1>Cordée</h1>
      <label>Adresse e-mail <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} required /></label>
      <label>Mot de passe <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} required /></label>
      <button type="submit" disabled={loading}>{loading ? "Connexion…" : "Se connecter"}</button>
      {error && <p role="alert">{error.message}</p>}
    </form>
  );
}

export function App() {
  const { data, loading, error, refetch, client } = useQuery<ViewerData>(VIEWER, { errorPolicy: "all" });
  const [logout] = useMutation(LOGOUT);
  if (loading) return <p>Chargement…</p>;
  if (!data?.viewer) {
    const unexpected = error && !/Connexion requise/.test(error.message);
    return (
      <main>
        {unexpected && <p role="alert">{error.message}</p>}
        <LoginForm onDone={() => void refetch()} />
      </main>
    );
  }
  const { viewer, operations } = data;
  return (
    <main>
      <header>
        <h1>Cordée</h1>
        <p>
          {viewer.user.firstName} {viewer.user.lastName}, {viewer.organisation.name} ({KIND_LABELS[viewer.kind]})
        </p>
        <button onClick={async () => { await logout(); await client.resetStore().catch(() => undefined); }}>Se déconnecter</button>
      </header>
      <h2>Opérations ({operations.totalCount})</h2>
      <ul>{operations.nodes.map((op) => <li key={op.id}>{op.title}</li>)}</ul>
    </main>
  );
}
