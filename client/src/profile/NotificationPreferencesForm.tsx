import { useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { graphql } from "../../generated/gql";
import type { EmailFrequency, EventCategory } from "../../generated/gql/graphql";
import { FormMessages } from "../ui/FormMessages";
import { QueryState } from "../ui/states";
import { useSubmit } from "../ui/useSubmit";
import { CATEGORIES, FREQUENCIES } from "./notification-labels";
import "./profile.css";

const NOTIFICATION_PREFERENCES = graphql(`
  query NotificationPreferences {
    viewer { notificationPreferences { category frequency defaultFrequency } }
  }
`);

const UPDATE_NOTIFICATION_PREFERENCES = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) { category frequency defaultFrequency }
  }
`);

type Choices = Partial<Record<EventCategory, EmailFrequency>>;
interface Preference {
  category: EventCategory;
  frequency: EmailFrequency;
  defaultFrequency: EmailFrequency;
}

/** /profil: how the signed-in person gets each category of notifications by e-mail. */
export function NotificationPreferences() {
  const { data, loading, error } = useQuery(NOTIFICATION_PREFERENCES);
  return (
    <QueryState loading={loading} error={error} data={data}>
      {(d) => <PreferencesForm saved={d.viewer.notificationPreferences} />}
    </QueryState>
  );
}

function PreferencesForm({ saved }: { saved: Preference[] }) {
  const [choices, setChoices] = useState<Choices>({});
  const { submit, loading, errors, done, clear } = useSubmit(UPDATE_NOTIFICATION_PREFERENCES, ["NotificationPreferences"]);
  const current = (p: Preference) => choices[p.category] ?? p.frequency;
  const changed = saved.filter((p) => current(p) !== p.frequency);
  const choose = (category: EventCategory, frequency: EmailFrequency) => {
    clear();
    setChoices((previous) => ({ ...previous, [category]: frequency }));
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!changed.length) return;
    if (await submit({ input: { preferences: changed.map((p) => ({ category: p.category, frequency: current(p) })) } })) setChoices({});
  };
  const byCategory = new Map(saved.map((p) => [p.category, p]));
  return (
    <form onSubmit={save} noValidate className="email-preferences">
      <p className="field__hint">{"Le résumé quotidien part chaque matin à 7\u00a0h et rassemble ce que vous n'avez pas encore lu."}</p>
      {CATEGORIES.map(({ category, label, hint }) => {
        const preference = byCategory.get(category);
        if (!preference) return null;
        return (
          <fieldset key={category} className="email-preferences__row" aria-describedby={`preference-${category}-hint`}>
            <legend>{label}</legend>
            <p className="field__hint" id={`preference-${category}-hint`}>{hint}</p>
            <div className="email-preferences__choices">
              {FREQUENCIES.map(({ frequency, label: choice }) => (
                <label key={frequency}>
                  <input type="radio" name={`preference-${category}`} value={frequency} checked={current(preference) === frequency} onChange={() => choose(category, frequency)} />
                  {" "}{choice}{frequency === preference.defaultFrequency ? " (par défaut)" : ""}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <FormMessages errors={errors} done={done && !changed.length} doneText="Vos préférences de notification sont enregistrées." />
      <button type="submit" className="button button--primary" disabled={loading || !changed.length}>
        {loading ? "Enregistrement…" : "Enregistrer mes préférences"}
      </button>
    </form>
  );
}
