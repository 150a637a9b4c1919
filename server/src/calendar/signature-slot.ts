import type { Convention } from "../entities/convention.js";

/** When and where the signature takes place: its planned day, the times proposed for that day, its place. */
export interface SignatureSlot {
  date: string;
  startTime: string | null;
  endTime: string | null;
  place: string | null;
}

export function signatureSlot(convention: Pick<Convention, "plannedSignatureDate" | "signatureOptions" | "signaturePlace">): SignatureSlot | null {
  if (!convention.plannedSignatureDate) return null;
  const option = convention.signatureOptions.find((o) => o.date === convention.plannedSignatureDate);
  return { date: convention.plannedSignatureDate, startTime: option?.startTime ?? null, endTime: option?.endTime ?? null, place: convention.signaturePlace };
}

/** The signature moved (day, time or place) after it had a day: people's calendars must update the same event. */
export function signatureMoved(before: SignatureSlot | null, after: SignatureSlot | null): boolean {
  return before !== null && JSON.stringify(before) !== JSON.stringify(after);
}
