import { useState, type FormEvent } from "react";
import { graphql } from "../../generated/gql";
import type { ViewerInfo } from "../shell/AppShell";
import { Field } from "../ui/Field";
import { FormMessages } from "../ui/FormMessages";
import { useSubmit } from "../ui/useSubmit";

const UPDATE_PROFILE = graphql(`
  mutation UpdateProfile($input: ProfileInput!) {
    updateProfile(input: $input) { id firstName lastName phone }
  }
`);

const FIELDS = ["firstName", "lastName", "phone"];

/** Name and phone of the signed-in person. */
export function ProfileForm({ user }: { user: ViewerInfo["user"] }) {
  const [firstName, setFirstName] = useState(user.firstName);
  const [lastName, setLastName] = useState(user.lastName);
  const [phone, setPhone] = useState(user.phone ?? "");
  const { submit, loading, errors, done } = useSubmit(UPDATE_PROFILE);
  const save = (event: FormEvent) => {
    event.preventDefault();
    void submit({ input: { firstName: firstName.trim(), lastName: lastName.trim(), phone: phone.trim() || null } });
  };
  return (
    <form onSubmit={save} noValidate>
      <Field label="Prénom" error={errors.byField.firstName}>
        {(props) => <input {...props} autoComplete="given-name" value={firstName} onChange={(e) => setFirstName(e.target.value)} required maxLength={100} />}
      </Field>
      <Field label="Nom" error={errors.byField.lastName}>
        {(props) => <input {...props} autoComplete="family-name" value={lastName} onChange={(e) => setLastName(e.target.value)} required maxLength={100} />}
      </Field>
      <Field label="Téléphone" hint="Facultatif, par exemple 06 12 34 56 78." error={errors.byField.phone}>
        {(props) => <input {...props} type="tel" autoComplete="tel" value={phone} onChange={(e) => setPhone(e.target.value)} maxLength={25} />}
      </Field>
      <FormMessages errors={errors} shownFields={FIELDS} done={done} doneText="Vos coordonnées sont enregistrées." />
      <button type="submit" className="button button--primary" disabled={loading}>{loading ? "Enregistrement…" : "Enregistrer mes coordonnées"}</button>
    </form>
  );
}
