import { randomUUID } from "node:crypto";
import { Router, type Request, type Response } from "express";
import type { GraphQLSchema } from "graphql";
import { viewerForToken } from "../auth/sessions.js";
import { tokenFromHeaders } from "../auth/tokens.js";
import { isDatabaseUnavailable } from "../db/faults.js";
import { authenticated, buildContext, type Context } from "../graphql/context.js";
import { toCsv } from "./csv.js";
import type { ExportDefinition } from "./definition.js";
import { INSERTION_REPORT_EXPORT } from "./insertion-report.js";
import { OPERATIONS_EXPORT } from "./operations.js";
import { TRAINEES_EXPORT } from "./trainees.js";
import { toXlsx } from "./xlsx.js";

export const EXPORTS: readonly ExportDefinition[] = [OPERATIONS_EXPORT, INSERTION_REPORT_EXPORT, TRAINEES_EXPORT];

const FORMATS = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;
type Format = keyof typeof FORMATS;

const FILE = /^([a-z-]+)\.(csv|xlsx)$/;

/** What the server shares with the exports: what a GraphQL request's context is built from, and the schema. */
export type ExportsDeps = Pick<Context, "config" | "clock" | "dataSource" | "journal" | "bus" | "loginThrottle"> & {
  schema: GraphQLSchema;
  log: (message: string, detail?: unknown) => void;
};

function refuse(res: Response, status: number, message: string): void {
  res.status(status).type("text/plain; charset=utf-8").send(message);
}

const UNAVAILABLE = "Service momentanément indisponible : la base de données ne répond pas. Réessayez dans quelques secondes.";

/**
 * GET /exports/<name>.xlsx and /exports/<name>.csv: authenticated like /graphql (Bearer token or
 * session cookie), each export for its partner kinds only, its rows read through the viewer's
 * access policy; never cached. Refusals are French text: 401 without a session, 403 for another
 * kind of partner, 404 for an unknown export.
 */
export function exportsRouter(deps: ExportsDeps): Router {
  const router = Router();
  router.get("/:file", async (req: Request, res: Response) => {
    res.set("Cache-Control", "no-store");
    const match = FILE.exec(String(req.params.file));
    const definition = match && EXPORTS.find((e) => e.name === match[1]);
    if (!match || !definition) return refuse(res, 404, "Export inconnu : les exports sont operations, insertion-report et trainees, en .xlsx ou .csv.");
    const format = match[2] as Format;
    const requestId = randomUUID();
    try {
      const token = tokenFromHeaders({ authorization: req.headers.authorization, cookie: req.headers.cookie });
      const viewer = await viewerForToken(deps.dataSource, token);
      if (!viewer) {
        res.set("WWW-Authenticate", "Bearer");
        return refuse(res, 401, "Connexion requise : identifiez-vous pour accéder à Cordée.");
      }
      if (!definition.kinds.includes(viewer.kind)) return refuse(res, 403, definition.refusal);
      const { schema, log: _log, ...shared } = deps;
      const ctx = authenticated(buildContext({ ...shared, requestId, viewer, token, cookie: null, clientAddress: req.ip ?? null, browser: Boolean(req.headers.origin) }));
      const sheet = await definition.build({ ctx, schema });
      const body = format === "csv" ? await toCsv(sheet) : await toXlsx(sheet, deps.clock.now());
      res.attachment(`${definition.fileName}-${deps.clock.today()}.${format}`);
      res.type(FORMATS[format]).send(body);
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        res.set("Retry-After", "5");
        return refuse(res, 503, UNAVAILABLE);
      }
      deps.log(`export ${definition.name}.${format} failed (request ${requestId})`, error);
      refuse(res, 500, `Erreur interne : l'export n'a pas pu être produit (référence ${requestId}).`);
    }
  });
  router.use((_req: Request, res: Response) => refuse(res, 404, "Export inconnu."));
  return router;
}
