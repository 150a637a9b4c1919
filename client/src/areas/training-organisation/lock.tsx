import { createContext, useContext } from "react";

/**
 * After closure, an operation offers no action but the follow-up reports: the cockpit provides
 * whether its operation is closed, and each section asks whether a session is locked (its
 * operation closed, or the session itself closed).
 */
const OperationClosed = createContext(false);

export const OperationClosedProvider = OperationClosed.Provider;

/** The operation is closed: every action but the follow-up reports is gone. */
export function useOperationClosed(): boolean {
  return useContext(OperationClosed);
}

/** The session can no longer change: its operation is closed, or the session itself is. */
export function useSessionLocked(session: { closure?: { closedAt?: string | null } | null }): boolean {
  return useContext(OperationClosed) || !!session.closure?.closedAt;
}
