import { useApolloClient, useSubscription } from "@apollo/client/react";
import { useEffect, useRef, useState } from "react";
import { graphql } from "../../generated/gql";

const LIVE_EVENTS = graphql(`
  subscription LiveEvents {
    events { id type occurredAt }
  }
`);

/**
 * Other partners' actions arrive without reload: every event the viewer may see refreshes the
 * queries on screen (batched), and is announced to screen readers.
 */
export function useLiveRefresh(): { lastEvent: string | null; connected: boolean } {
  const client = useApolloClient();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [lastEvent, setLastEvent] = useState<string | null>(null);
  const { data, error } = useSubscription(LIVE_EVENTS);
  useEffect(() => {
    if (!data?.events) return;
    setLastEvent(data.events.id);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void client.refetchQueries({ include: "active" }), 150);
  }, [data, client]);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  return { lastEvent, connected: !error };
}
