import type { TestServer } from "../support/test-server";
import { KIND_VIEWERS, WORLD_PASSWORD } from "../support/world";
import type { MutationScenario } from "./mutations.table";

const OF = KIND_VIEWERS.TRAINING_ORGANISATION;
const PREFERENCES = `mutation($i: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $i) { category frequency } }`;
const RESCHEDULE_MEETING = `mutation($i: RescheduleMeetingInput!) { rescheduleMeeting(input: $i) { id } }`;
const RESCHEDULE_REVIEW = `mutation($i: RescheduleReviewInput!) { rescheduleReview(input: $i) { id } }`;

const as = (api: TestServer, email: string) => api.login(email, WORLD_PASSWORD);

/** What a viewer reads, as data (throws on a refusal). */
async function read<T>(api: TestServer, token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await api.gql<T>(query, variables, { token });
  if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}
const opA = async (api: TestServer, token: string) =>
  (await read<{ operations: { nodes: { id: string; title: string }[] } }>(api, token, `{ operations { nodes { id title } } }`)).operations.nodes.find((o) => o.title === "Op A")!.id;
const heldMeetingOfOpA = async (api: TestServer, token: string) =>
  (await read<{ operation: { meetings: { id: string }[] } }>(api, token, `query($id: ID!) { operation(id: $id) { meetings { id } } }`, { id: await opA(api, token) })).operation.meetings[0].id;
const reviewOfSessionA = async (api: TestServer, token: string) =>
  (await read<{ reviews: { nodes: { id: string; qualitativeNotes: string }[] } }>(api, token, `{ reviews { nodes { id qualitativeNotes } } }`)).reviews.nodes.find((r) => r.qualitativeNotes === "bilan Session A")!.id;

/** A refusal played with a session opened (and the ids it needs read) before the "nothing changed" baseline. */
function refusedFor(email: string, lookUp: (api: TestServer, token: string) => Promise<string>, call: (api: TestServer, token: string, id: string) => Promise<unknown>): Pick<MutationScenario, "prepare" | "fail"> {
  return {
    prepare: async (api) => {
      const token = await as(api, email);
      return JSON.stringify({ token, id: await lookUp(api, token) });
    },
    fail: (api, prepared) => {
      const { token, id } = JSON.parse(prepared!) as { token: string; id: string };
      return call(api, token, id);
    },
  };
}

/** E-mail preferences and the moves of dated items (their calendar events follow). */
export const NOTIFICATION_SCENARIOS: Record<string, MutationScenario> = {
  updateNotificationPreferences: {
    event: "NOTIFICATION_PREFERENCES_UPDATED",
    succeed: async (api) => api.gql(PREFERENCES, { i: { preferences: [{ category: "OPERATION", frequency: "NEVER" }] } }, { token: await as(api, OF) }),
    // a category given twice
    ...refusedFor(KIND_VIEWERS.COMPANY, async () => "", (api, token) =>
      api.gql(PREFERENCES, { i: { preferences: [{ category: "REVIEW", frequency: "NEVER" }, { category: "REVIEW", frequency: "DAILY_DIGEST" }] } }, { token })),
  },
  rescheduleMeeting: {
    event: "MEETING_RESCHEDULED",
    succeed: async (api) => {
      const token = await as(api, OF);
      const scheduled = await read<{ scheduleMeeting: { id: string } }>(api, token, `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id } }`,
        { i: { operationId: await opA(api, token), kind: "INFORMATION_SESSION", scheduledAt: "2030-01-15T09:00:00.000Z", place: "salle 3" } });
      return api.gql(RESCHEDULE_MEETING, { i: { meetingId: scheduled.scheduleMeeting.id, scheduledAt: "2030-01-16T09:00:00.000Z" } }, { token });
    },
    // a Mission Locale does not organise the training organisation's meetings
    ...refusedFor(KIND_VIEWERS.MISSION_LOCALE, heldMeetingOfOpA, (api, token, id) => api.gql(RESCHEDULE_MEETING, { i: { meetingId: id, scheduledAt: "2030-01-16T09:00:00.000Z" } }, { token })),
  },
  rescheduleReview: {
    event: "REVIEW_RESCHEDULED",
    succeed: async (api) => {
      const token = await as(api, OF);
      return api.gql(RESCHEDULE_REVIEW, { i: { reviewId: await reviewOfSessionA(api, token), scheduledAt: "2030-07-01T08:00:00.000Z" } }, { token });
    },
    // a company attends the review, the training organisation schedules it
    ...refusedFor(KIND_VIEWERS.COMPANY, reviewOfSessionA, (api, token, id) => api.gql(RESCHEDULE_REVIEW, { i: { reviewId: id, scheduledAt: "2030-07-02T08:00:00.000Z" } }, { token })),
  },
};
