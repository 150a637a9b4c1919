import type { ErrorRequestHandler, RequestHandler } from "express";
import { GraphQLError } from "graphql";
import { limitError, parseWithinLimits, REQUEST_LIMITS } from "./limits.js";

const refuse = (error: GraphQLError) => ({ errors: [{ message: error.message, extensions: { code: error.extensions.code } }] });

/**
 * Before the session is looked up and before Apollo parses: one operation per request, its text
 * within the size and token limits. What fails here costs a length check and a bounded lexer run.
 */
export const documentWithinLimits: RequestHandler = (req, res, next) => {
  const body: unknown = req.method === "GET" ? req.query : req.body;
  if (Array.isArray(body)) {
    res.status(400).json(refuse(limitError("BATCH_NOT_ALLOWED", "Une seule opération GraphQL par requête.")));
    return;
  }
  const query = body && typeof body === "object" && "query" in body ? body.query : undefined;
  // a request without a query is Apollo's to refuse (persisted queries are off): it says why
  if (query === undefined) return next();
  try {
    parseWithinLimits(query);
    next();
  } catch (error) {
    if (!(error instanceof GraphQLError)) return next(error);
    res.status(400).json(refuse(error));
  }
};

/** The body parser's refusals (too large, not JSON) as GraphQL errors, never Express' HTML page. */
export const bodyErrors: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
  if (error?.type === "entity.too.large") {
    res.status(413).json(refuse(limitError("REQUEST_TOO_LARGE", `Requête trop volumineuse : ${REQUEST_LIMITS.httpBodyBytes / 1024 / 1024} Mio au plus (pièces jointes comprises).`)));
    return;
  }
  if (error?.type === "entity.parse.failed" || error?.status === 400) {
    res.status(400).json(refuse(limitError("BAD_REQUEST", "Requête illisible : un corps JSON est attendu.")));
    return;
  }
  next(error);
};
