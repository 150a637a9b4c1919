import { useState, type FormEvent } from "react";
import { graphql } from "../../generated/gql";
import { confirmed, PasswordPair, type PasswordPairValue } from "../auth/PasswordPair";
import { Field } from "../ui/Field";
import { FormMessages } from "../ui/FormMessages";
import { useSubmit } from "../ui/useSubmit";

const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

const EMPTY: PasswordPairValue = { password: "", confirmation: "" };

/** The current password, then the new one twice; the person's other sessions end. */
export function ChangePasswordForm() {
  const [current, setCurrent] = useState("");
  const [passwords, setPasswords] = useState<PasswordPairValue>(EMPTY);
  const [mismatch, setMismatch] = useState(false);
  const { submit, loading, errors, done, clear } = useSubmit(CHANGE_PASSWORD);
  const change = async (event: FormEvent) => {
    event.preventDefault();
    setMismatch(!confirmed(passwords));
    if (!confirmed(passwords)) return clear(); // the server's last refusal was about other passwords
    if (await submit({ input: { currentPassword: current, newPassword: passwords.password } })) {
      setCurrent("");
      setPasswords(EMPTY);
    }
  };
  return (
    <form onSubmit={change} noValidate>
      <Field label="Mot de passe actuel" error={errors.byField.currentPassword}>
        {(props) => <input {...props} type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} required />}
      </Field>
      <PasswordPair
        value={passwords}
        onChange={setPasswords}
        error={errors.byField.newPassword}
        mismatch={mismatch}
        label="Nouveau mot de passe"
        confirmationLabel="Confirmation du nouveau mot de passe"
      />
      <FormMessages errors={errors} shownFields={["currentPassword", "newPassword"]} done={done} doneText="Votre mot de passe est changé. Vos autres sessions ouvertes ont été fermées." />
      <button type="submit" className="button button--primary" disabled={loading}>{loading ? "Changement…" : "Changer le mot de passe"}</button>
    </form>
  );
}
