import type { ReactNode } from "react";
import { oneLine, serverErrors } from "./errors";

export function Loading({ what = "Chargement" }: { what?: string }) {
  return <p className="state state--loading" role="status" aria-live="polite">{what}…</p>;
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state--empty">{children}</p>;
}

export function ErrorMessage({ error }: { error: unknown }) {
  const message = oneLine(serverErrors(error));
  if (!message) return null;
  return <p className="state state--error" role="alert">{message}</p>;
}

interface QueryStateProps<T> {
  loading: boolean;
  error?: unknown;
  data: T | undefined;
  /** shown when the data is there but there is nothing to list */
  empty?: (data: T) => ReactNode | null;
  children: (data: T) => ReactNode;
}

/** Loading, error and empty states for a query, then its content. */
export function QueryState<T>({ loading, error, data, empty, children }: QueryStateProps<T>) {
  if (error && !data) return <ErrorMessage error={error} />;
  if (!data) return loading ? <Loading /> : null;
  const nothing = empty?.(data);
  if (nothing) return <Empty>{nothing}</Empty>;
  return <>{children(data)}</>;
}

export function Badge({ tone = "neutral", children }: { tone?: "neutral" | "good" | "warn" | "bad"; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
