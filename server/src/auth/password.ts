import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// Argon2id (memory-hard), OWASP's minimum: 19 MiB, 2 iterations.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let nobodysHash: Promise<string> | undefined;

/** For an unknown e-mail: the same Argon2 work as a real check, so the answer time tells nothing; always false. */
export async function verifyNobodysPassword(password: string): Promise<false> {
  nobodysHash ??= hashPassword(randomBytes(32).toString("base64url"));
  await verifyPassword(await nobodysHash, password);
  return false;
}
