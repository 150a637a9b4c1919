import { createHash } from "node:crypto";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import pLimit from "p-limit";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { tokenFromHeaders } from "../auth/tokens.js";

export interface HeavyWorkLimits {
  /** documents and exports one session may ask for per minute */
  perMinute: number;
  /** renders running at once on this instance (PDF and spreadsheets are CPU work: about one per core) */
  concurrent: number;
  /** renders waiting for their turn; beyond, the instance is busy and says so */
  waiting: number;
}

export const HEAVY_WORK_LIMITS: HeavyWorkLimits = { perMinute: 30, concurrent: 2, waiting: 20 };

/**
 * Documents (PDF) and exports (XLSX, CSV) cost real CPU: one account asking for hundreds must not
 * freeze the instance for everyone. Each session has a rate per minute (429 with Retry-After
 * beyond), and the instance renders a few at a time, the others waiting their turn until the queue
 * is full (503 with Retry-After). A request holds its place until its response is finished or
 * abandoned.
 */
export function heavyWorkGate(limits: HeavyWorkLimits = HEAVY_WORK_LIMITS): RequestHandler {
  const rate = new RateLimiterMemory({ points: limits.perMinute, duration: 60 });
  const slots = pLimit(limits.concurrent);
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = tokenFromHeaders({ authorization: req.headers.authorization, cookie: req.headers.cookie });
    // without a session the router answers 401 at once: only sessions do work worth counting
    if (token) {
      try {
        await rate.consume(createHash("sha256").update(token).digest("hex"));
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) return next(refusal);
        const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
        return refuse(res, 429, seconds, `Trop de documents ou d'exports demandés : réessayez dans ${seconds} seconde${seconds > 1 ? "s" : ""}.`);
      }
    }
    if (slots.pendingCount >= limits.waiting) {
      return refuse(res, 503, 5, "Le serveur produit beaucoup de documents en ce moment : réessayez dans quelques secondes.");
    }
    void slots(() => new Promise<void>((done) => {
      if (res.writableEnded || req.destroyed) return done();
      res.once("close", () => done());
      next();
    }));
  };
}

function refuse(res: Response, status: number, retryAfterSeconds: number, message: string): void {
  res.status(status).set({ "Retry-After": String(retryAfterSeconds), "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" }).send(message);
}
