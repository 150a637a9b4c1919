import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { EntityManager } from "typeorm";
import type { EventCategory } from "../../domain/event-audience.js";
import type { MemberRole, OrganisationKind } from "../../domain/kinds.js";
import { CATEGORY_SHORT_LABELS, defaultFrequency, EVENT_CATEGORIES, frequencyFor } from "../../domain/notification-preferences.js";
import { User } from "../../entities/user.js";
import { authenticated, type Context } from "../../graphql/context.js";
import { badInput, DomainError } from "../../graphql/errors.js";
import { chosenFrequencies } from "../../notifications/recipients.js";
import { ViewerType } from "../organisations/viewer.type.js";
import { actorOf, locked } from "../shared/guard.js";
import { NotificationPreferenceType, UpdateNotificationPreferencesInput } from "./preference.type.js";

interface Person {
  userId: string;
  kind: OrganisationKind;
  role: MemberRole;
}

/** Every category, with the person's choice or its role's default. */
async function preferencesOf(manager: EntityManager, person: Person): Promise<NotificationPreferenceType[]> {
  const chosen = (await chosenFrequencies(manager, [person.userId])).get(person.userId) ?? {};
  return EVENT_CATEGORIES.map((category) => ({
    category,
    frequency: frequencyFor(chosen, person.kind, person.role, category),
    defaultFrequency: defaultFrequency(person.kind, person.role, category),
  }));
}

@Resolver(() => ViewerType)
export class NotificationPreferenceResolver {
  /** A Viewer is only ever the signed-in person (the viewer query, the login's answer): these are always their own. */
  @FieldResolver(() => [NotificationPreferenceType], { description: "The signed-in user's own e-mail preferences, one per category of notifications" })
  notificationPreferences(@Root() viewer: ViewerType, @Ctx() ctx: Context): Promise<NotificationPreferenceType[]> {
    return preferencesOf(ctx.dataSource.manager, { userId: viewer.user.id, kind: viewer.kind, role: viewer.role });
  }

  @Mutation(() => [NotificationPreferenceType], { description: "Sets how the signed-in user gets notifications by e-mail, per category (the others unchanged); no one else's" })
  async updateNotificationPreferences(@Arg("input") input: UpdateNotificationPreferencesInput, @Ctx() ctx: Context): Promise<NotificationPreferenceType[]> {
    const { viewer, journal } = authenticated(ctx);
    const seen = new Set<EventCategory>();
    for (const { category } of input.preferences) {
      if (seen.has(category)) throw badInput("preferences", `une seule préférence par catégorie (« ${CATEGORY_SHORT_LABELS[category]} » deux fois)`);
      seen.add(category);
    }
    return journal.run(actorOf(viewer), async (tx) => {
      // one change of a person's preferences at a time
      await locked(tx.manager, User, viewer.userId);
      const chosen = (await chosenFrequencies(tx.manager, [viewer.userId])).get(viewer.userId) ?? {};
      const changes = input.preferences
        .map(({ category, frequency }) => ({ category, from: frequencyFor(chosen, viewer.kind, viewer.role, category), to: frequency }))
        .filter((change) => change.from !== change.to);
      if (!changes.length) throw new DomainError("NOTHING_TO_CHANGE", "Aucune modification : vos préférences de notification sont déjà ainsi.");
      for (const { category, to } of changes) {
        await tx.manager.query(
          `INSERT INTO notification_preference (user_id, category, frequency) VALUES ($1, $2, $3)
           ON CONFLICT (user_id, category) DO UPDATE SET frequency = EXCLUDED.frequency, updated_at = now()`,
          [viewer.userId, category, to],
        );
      }
      await tx.record({ type: "NOTIFICATION_PREFERENCES_UPDATED", payload: { userId: viewer.userId, changes } });
      return preferencesOf(tx.manager, viewer);
    });
  }
}
