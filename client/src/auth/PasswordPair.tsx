import { Field } from "../ui/Field";

export interface PasswordPairValue {
  password: string;
  confirmation: string;
}

interface PasswordPairProps {
  value: PasswordPairValue;
  onChange: (value: PasswordPairValue) => void;
  /** the server's rule for the password (too short, too easy to guess) */
  error?: string;
  /** set once the person tried to submit two different passwords */
  mismatch: boolean;
  label?: string;
  confirmationLabel?: string;
}

export const PASSWORD_HINT = "Au moins 12 caractères et difficile à deviner\u00a0: une phrase de quelques mots, par exemple.";
export const MISMATCH = "Les deux mots de passe ne correspondent pas\u00a0: saisissez le même mot de passe dans les deux champs.";

/** Whether the confirmation repeats the password (checked before anything is sent). */
export const confirmed = ({ password, confirmation }: PasswordPairValue) => password === confirmation;

/** A new password and its confirmation; the mismatch is told beside the confirmation. */
export function PasswordPair({ value, onChange, error, mismatch, label = "Mot de passe", confirmationLabel = "Confirmation du mot de passe" }: PasswordPairProps) {
  return (
    <>
      <Field label={label} error={error} hint={PASSWORD_HINT}>
        {(props) => (
          <input {...props} type="password" autoComplete="new-password" value={value.password} onChange={(e) => onChange({ ...value, password: e.target.value })} required minLength={12} />
        )}
      </Field>
      <Field label={confirmationLabel} error={mismatch && !confirmed(value) ? MISMATCH : undefined}>
        {(props) => (
          <input {...props} type="password" autoComplete="new-password" value={value.confirmation} onChange={(e) => onChange({ ...value, confirmation: e.target.value })} required />
        )}
      </Field>
    </>
  );
}
