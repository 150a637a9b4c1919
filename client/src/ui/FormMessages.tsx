import type { ServerErrors } from "./errors";

/** What the server said that is not shown beside a field of the form: a refusal, or a rule about another input. */
export function FormMessages({ errors, shownFields = [], done, doneText }: { errors: ServerErrors; shownFields?: string[]; done?: boolean; doneText?: string }) {
  const others = Object.entries(errors.byField).filter(([field]) => !shownFields.includes(field)).map(([, message]) => message);
  const message = [errors.general, ...others].filter(Boolean).join(" ");
  return (
    <>
      {message && <p className="state state--error" role="alert">{message}</p>}
      {done && doneText && !message && <p className="state state--done" role="status">{doneText}</p>}
    </>
  );
}
