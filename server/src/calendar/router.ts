import { randomUUID } from "node:crypto";
import express, { type Response, type Router } from "express";
import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { ScopedReader } from "../access/reader.js";
import { viewerForToken } from "../auth/sessions.js";
import { tokenFromHeaders } from "../auth/tokens.js";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import { isDatabaseUnavailable } from "../db/faults.js";
import { Convention } from "../entities/convention.js";
import { Meeting } from "../entities/meeting.js";
import { Review } from "../entities/review.js";
import { icsFile } from "./ics.js";
import { calendarItem } from "./items.js";
import { isCalendarKind, type CalendarKind } from "./links.js";

export interface CalendarRouterOptions {
  config: Config;
  clock: Clock;
  dataSource: DataSource;
  log: (message: string, detail?: unknown) => void;
}

const FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.ics$/i;
const NOT_FOUND = "Événement introuvable ou non accessible pour votre organisation.";

/** The row whose visibility decides who may add the item to a calendar (a signature: its convention). */
const SUBJECT: Record<CalendarKind, EntityTarget<ObjectLiteral>> = { meeting: Meeting, review: Review, signature: Convention };

/**
 * GET /calendar/<kind>/<id>.ics: a meeting, a review or a convention's signature as a calendar
 * event, for a signed-in viewer (session cookie or bearer token, as /graphql) who may see the item
 * under the access policy. 401 without a session, 404 for anything absent, hidden or undated.
 */
export function calendarRouter({ config, clock, dataSource, log }: CalendarRouterOptions): Router {
  const router = express.Router();
  router.get("/:kind/:file", async (req, res) => {
    try {
      const viewer = await viewerForToken(dataSource, tokenFromHeaders({ authorization: req.headers.authorization, cookie: req.headers.cookie }));
      if (!viewer) return refuse(res, 401, "Connectez-vous pour ajouter cet événement à votre agenda.");
      const file = FILE.exec(req.params.file);
      const kind = req.params.kind;
      if (!isCalendarKind(kind) || !file) return refuse(res, 404, NOT_FOUND);
      const id = file[1].toLowerCase();
      if (!(await new ScopedReader(dataSource, viewer).one(SUBJECT[kind], id))) return refuse(res, 404, NOT_FOUND);
      const item = await calendarItem(dataSource.manager, kind, id);
      if (!item) return refuse(res, 404, "Aucune date n'est encore arrêtée pour cet événement.");
      const ics = icsFile(item, { method: "PUBLISH", publicUrl: config.publicUrl, mailFrom: config.mailFrom, now: clock.now() });
      res.attachment(item.fileName);
      res.set({ "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, no-store" });
      res.status(200).send(ics);
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        res.set("Retry-After", "5");
        return refuse(res, 503, "Service momentanément indisponible : réessayez dans un instant.");
      }
      const requestId = randomUUID();
      log(`calendar ${req.originalUrl} failed (request ${requestId})`, error);
      refuse(res, 500, `L'événement n'a pas pu être produit (référence ${requestId}).`);
    }
  });
  router.use((_req, res) => refuse(res, 404, NOT_FOUND));
  return router;
}

function refuse(res: Response, status: number, message: string): void {
  res.status(status).set({ "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" }).send(message);
}
