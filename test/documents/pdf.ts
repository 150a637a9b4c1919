import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestServer } from "../support/test-server";

export interface Fetched {
  status: number;
  headers: Headers;
  bytes: Buffer;
  /** the body read as text (a refusal's French message) */
  body: string;
}

/** GET a document's address (as the API gives it) with a bearer token, a cookie or nothing. */
export async function fetchDocument(api: TestServer, url: string, auth: { token?: string; cookie?: string } = {}): Promise<Fetched> {
  const headers: Record<string, string> = {};
  if (auth.token) headers.authorization = `Bearer ${auth.token}`;
  if (auth.cookie) headers.cookie = auth.cookie;
  const res = await fetch(new URL(url, api.httpUrl), { headers });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, body: bytes.toString("utf8") };
}

/** A served PDF: its bytes' SHA-256 and its text as `pdftotext -layout` reads it (poppler-utils). */
export function readPdf(fetched: Fetched): { sha256: string; text: string; flat: string } {
  expect(fetched.status).toBe(200);
  expect(fetched.headers.get("content-type")).toBe("application/pdf");
  expect(fetched.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cordee-pdf-"));
  try {
    const file = path.join(dir, "document.pdf");
    fs.writeFileSync(file, fetched.bytes);
    const text = execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"], { encoding: "utf8" });
    // a line broken after a hyphen (« Centre-Val de Loire ») is read back whole
    const flat = text.replace(/(\p{L})-\n\s*(?=\p{L})/gu, "$1-").replace(/\s+/g, " ");
    return { sha256: sha256(fetched.bytes), text, flat };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const sha256 = (data: Buffer | string): string => createHash("sha256").update(data).digest("hex");

/** The footer every document carries: « Version n — empreinte SHA-256 du texte : <hex> ». */
export function footerOf(flat: string): { version: number; fingerprint: string } {
  const match = /Version (\d+) — empreinte SHA-256 du texte : ([0-9a-f]{64})/.exec(flat);
  if (!match) throw new Error(`no version footer in:\n${flat}`);
  return { version: Number(match[1]), fingerprint: match[2] };
}

/** The Repr-Digest header (RFC 9530) as hexadecimal SHA-256. */
export function reprDigest(headers: Headers): string {
  const match = /^sha-256=:([A-Za-z0-9+/=]+):$/.exec(headers.get("repr-digest") ?? "");
  if (!match) throw new Error(`no Repr-Digest: ${headers.get("repr-digest")}`);
  return Buffer.from(match[1], "base64").toString("hex");
}

/** Non-breaking spaces shown as « ~ », to check French typography in the API's texts. */
export const shown = (text: string): string => text.replaceAll("\u00A0", "~");
