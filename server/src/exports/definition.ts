import type { GraphQLSchema } from "graphql";
import type { OrganisationKind } from "../domain/kinds.js";
import type { AuthenticatedContext } from "../graphql/context.js";
import type { Sheet } from "./sheet.js";

/** What an export reads with: the viewer's request context (its scoped reader) and the schema. */
export interface ExportRequest {
  ctx: AuthenticatedContext;
  schema: GraphQLSchema;
}

/** One export: who may download it, its file's name, and its table built through the viewer's access. */
export interface ExportDefinition {
  /** in the address: /exports/<name>.xlsx or /exports/<name>.csv */
  name: string;
  /** the downloaded file's name, before its date and extension */
  fileName: string;
  /** the partner kinds it is for; any other gets 403 with `refusal` */
  kinds: readonly OrganisationKind[];
  refusal: string;
  build(request: ExportRequest): Promise<Sheet>;
}
