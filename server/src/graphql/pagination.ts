import { ArgsType, ClassType, Field, Int, ObjectType } from "type-graphql";
import { Max, Min } from "class-validator";
import { badInput } from "./errors.js";

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: "How many items (1 to 100)" })
  @Min(1, { message: "first : au moins 1 élément" })
  @Max(100, { message: "first : au plus 100 éléments par page" })
  first: number;

  @Field(() => String, { nullable: true, description: "endCursor of the previous page" })
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: PageInfo;
}

/** `XPage { nodes, totalCount, pageInfo }` for an item type. */
export function PageOf<T extends object>(item: ClassType<T>) {
  @ObjectType(`${item.name}Page`)
  class PageClass implements Page<T> {
    @Field(() => [item]) nodes: T[];
    @Field(() => Int, { description: "Items visible to the viewer, all pages" }) totalCount: number;
    @Field(() => PageInfo) pageInfo: PageInfo;
  }
  return PageClass;
}

export const encodeCursor = (offset: number): string => Buffer.from(`o:${offset}`).toString("base64url");

/** The offset an endCursor stands for; anything else is refused as `after` (at most 9 digits: a sane offset). */
export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!match) throw badInput("after", "curseur de pagination invalide");
  return Number(match[1]);
}
