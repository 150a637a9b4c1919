import { randomUUID } from "node:crypto";
import express, { type Response, type Router } from "express";
import type { DataSource } from "typeorm";
import { ScopedReader } from "../access/reader.js";
import { viewerForToken } from "../auth/sessions.js";
import { tokenFromHeaders } from "../auth/tokens.js";
import { isDatabaseUnavailable } from "../db/faults.js";
import { CATALOGUE, isDocumentKind, NOT_FOUND, Unavailable, type ServedDocument } from "./catalogue.js";
import { sha256 } from "./model.js";

export interface DocumentsRouterOptions {
  dataSource: DataSource;
  log: (message: string, detail?: unknown) => void;
}

const FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.pdf$/i;

/**
 * GET /documents/<kind>/<id>.pdf[?version=n]: the official documents as PDF, for a signed-in
 * viewer (session cookie or bearer token, as /graphql) who may see their subject under the access
 * policy. Otherwise 401 without a session, 404 for anything absent, hidden or not issued yet.
 */
export function documentsRouter({ dataSource, log }: DocumentsRouterOptions): Router {
  const router = express.Router();
  router.get("/:kind/:file", async (req, res) => {
    const requestId = randomUUID();
    try {
      const viewer = await viewerForToken(dataSource, tokenFromHeaders({ authorization: req.headers.authorization, cookie: req.headers.cookie }));
      if (!viewer) return refuse(res, 401, "Connectez-vous pour consulter ce document.");
      const file = FILE.exec(req.params.file);
      const version = versionAsked(req.query.version);
      if (!isDocumentKind(req.params.kind) || !file || version === undefined) return refuse(res, 404, NOT_FOUND.message);
      const serve = CATALOGUE[req.params.kind];
      const reader = new ScopedReader(dataSource, viewer);
      // one snapshot of the data for the whole document
      const served = await dataSource.transaction("REPEATABLE READ", (manager) => serve({ reader, manager, id: file[1].toLowerCase(), version }));
      if (served instanceof Unavailable) return refuse(res, 404, served.message);
      send(res, served);
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        res.set("Retry-After", "5");
        return refuse(res, 503, "Service momentanément indisponible : réessayez dans un instant.");
      }
      log(`document ${req.originalUrl} failed (request ${requestId})`, error);
      refuse(res, 500, `Le document n'a pas pu être produit (référence ${requestId}).`);
    }
  });
  router.use((_req, res) => refuse(res, 404, NOT_FOUND.message));
  return router;
}

/** null: the current version; undefined: not a version number. */
function versionAsked(value: unknown): number | null | undefined {
  if (value === undefined) return null;
  return typeof value === "string" && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : undefined;
}

function send(res: Response, document: ServedDocument): void {
  res.attachment(document.fileName);
  res.set({
    // shown in the browser, kept under its French name when saved
    "Content-Disposition": res.get("Content-Disposition")?.replace(/^attachment/, "inline"),
    // Chrome's PDF viewer is an <embed> that the site's object-src 'none' would block (crbug.com/271452);
    // a PDF runs no script of ours: only framing stays restricted, to the platform's own pages
    "Content-Security-Policy": "frame-ancestors 'self'",
    "Content-Type": "application/pdf",
    "Cache-Control": "private, no-store",
    "Repr-Digest": `sha-256=:${Buffer.from(sha256(document.content), "hex").toString("base64")}:`,
    "X-Document-Version": String(document.version),
  });
  res.status(200).send(document.content);
}

function refuse(res: Response, status: number, message: string): void {
  res.status(status).set({ "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" }).send(message);
}
