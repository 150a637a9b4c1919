import { Field, ID, ObjectType } from "type-graphql";
import { GraphQLJSONObject } from "graphql-scalars";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * The event journal: audit trail, activity feed and source of notifications. Rows are only
 * ever inserted. `audience` lists the organisations the event concerns.
 */
@ObjectType({ description: "A fact recorded in the journal" })
@Entity("journal_event")
export class JournalEvent {
  @Field(() => ID, { description: "Monotonic position in the journal; use it as a cursor" })
  @PrimaryColumn({ type: "bigint", generated: "identity", generatedIdentity: "ALWAYS" })
  id: string;
  @Field() @Column() type: string;
  @Field(() => ID, { nullable: true }) @Index() @Column({ type: "uuid", nullable: true }) operationId: string | null;
  @Field(() => ID, { nullable: true }) @Column({ type: "uuid", nullable: true }) actorUserId: string | null;
  @Field(() => ID, { nullable: true }) @Column({ type: "uuid", nullable: true }) actorOrganisationId: string | null;
  @Field(() => GraphQLJSONObject) @Column({ type: "jsonb" }) payload: Record<string, unknown>;
  // GIN index created by the migration; TypeORM cannot describe its method, so it leaves it alone.
  @Index("IDX_journal_event_audience", { synchronize: false })
  @Column({ type: "uuid", array: true })
  audience: string[];
  @Field() @Column({ type: "timestamptz", default: () => "now()" }) occurredAt: Date;
}
