import type { EntityTarget, ObjectLiteral } from "typeorm";
import { authenticated, type Context } from "../../graphql/context.js";

/** The rows of `ids` the viewer may see, in order (batched by the reader). */
export async function visibleAll<T extends ObjectLiteral>(ctx: Context, entity: EntityTarget<T>, ids: string[]): Promise<T[]> {
  const { reader } = authenticated(ctx);
  const rows = await Promise.all(ids.map((id) => reader.one(entity, id)));
  return rows.filter((row): row is Awaited<T> => row !== null);
}
