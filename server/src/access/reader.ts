import DataLoader from "dataloader";
import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { decodeCursor, encodeCursor, type Page } from "../graphql/pagination.js";
import { AccessScopes, scopeParameters, type ScopedTable } from "./scopes.js";
import type { Viewer } from "./viewer.js";

export interface ListOptions<T> {
  first: number;
  after?: string | null;
  /** property → value equality filters, applied on top of the viewer's scope */
  filter?: Partial<Record<keyof T & string, unknown>>;
  orderBy?: keyof T & string;
  order?: "ASC" | "DESC";
  /** extra condition, in SQL on alias `a` */
  where?: { sql: string; params?: Record<string, unknown> };
}

/**
 * Every read of business data for one request goes through here, so it carries the viewer's
 * scope and batches look-ups: one SQL statement per relation and list, however long the list.
 */
export class ScopedReader {
  readonly scopes: AccessScopes;
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly dataSource: DataSource, readonly viewer: Viewer) {
    this.scopes = new AccessScopes(viewer);
  }

  query<T extends ObjectLiteral>(entity: EntityTarget<T>): SelectQueryBuilder<T> {
    const metadata = this.dataSource.getMetadata(entity);
    return this.dataSource
      .getRepository(entity)
      .createQueryBuilder("a")
      .where(this.scopes.where(metadata.tableName as ScopedTable, "a"), scopeParameters(this.viewer));
  }

  /** One visible row by id, or null (absent or not the viewer's to see). */
  one<T extends ObjectLiteral>(entity: EntityTarget<T>, id: string | null | undefined): Promise<T | null> {
    if (!id) return Promise.resolve(null);
    return this.loader<T | null>(entity, "id", "one", "id").load(id) as Promise<T | null>;
  }

  /** Visible rows whose `property` equals `value`, batched across the request, in `orderBy` order. */
  many<T extends ObjectLiteral>(entity: EntityTarget<T>, property: keyof T & string, value: string, orderBy: keyof T & string = "id"): Promise<T[]> {
    return this.loader<T[]>(entity, property, "many", orderBy).load(value) as Promise<T[]>;
  }

  async page<T extends ObjectLiteral>(entity: EntityTarget<T>, options: ListOptions<T>): Promise<Page<T>> {
    const offset = decodeCursor(options.after);
    const qb = this.query(entity);
    for (const [property, value] of Object.entries(options.filter ?? {})) {
      if (value === undefined || value === null) continue;
      qb.andWhere(`a.${property} = :f_${property}`, { [`f_${property}`]: value });
    }
    if (options.where) qb.andWhere(options.where.sql, options.where.params ?? {});
    qb.orderBy(`a.${options.orderBy ?? "id"}`, options.order ?? "ASC").addOrderBy("a.id", "ASC");
    const [nodes, totalCount] = await qb.skip(offset).take(options.first).getManyAndCount();
    const hasNextPage = offset + nodes.length < totalCount;
    return {
      nodes,
      totalCount,
      pageInfo: { hasNextPage, endCursor: nodes.length ? encodeCursor(offset + nodes.length) : options.after ?? null },
    };
  }

  /** A request-scoped batch loader for aggregates (counts...) that the caller computes itself. */
  batch<V>(name: string, load: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.loaders.get(`batch.${name}`) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(load);
      this.loaders.set(`batch.${name}`, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  private loader<V>(entity: EntityTarget<ObjectLiteral>, property: string, shape: "one" | "many", orderBy: string): DataLoader<string, V> {
    const metadata = this.dataSource.getMetadata(entity);
    const key = `${metadata.name}.${property}.${shape}.${orderBy}`;
    let loader = this.loaders.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(async (keys) => {
        const rows = await this.query(entity)
          .andWhere(`a.${property} IN (:...keys)`, { keys: [...keys] })
          .orderBy(`a.${orderBy}`)
          .addOrderBy("a.id")
          .getMany();
        const grouped = new Map<string, ObjectLiteral[]>();
        for (const row of rows) {
          const k = String(row[property]);
          grouped.set(k, [...(grouped.get(k) ?? []), row]);
        }
        return keys.map((k) => (shape === "one" ? grouped.get(k)?.[0] ?? null : grouped.get(k) ?? []) as V);
      });
      this.loaders.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }
}
