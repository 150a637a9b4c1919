/**
 * A SIRET is 14 digits whose Luhn sum is a multiple of 10 (INSEE). La Poste's establishments share
 * one SIREN (356 000 000) and follow their own rule: the sum of the digits is a multiple of 5.
 */
const LA_POSTE_SIREN = "356000000";

export function normaliseSiret(input: string): string {
  return input.replace(/[\s.]/g, "");
}

export function isValidSiret(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  const digits = [...siret].map(Number);
  if (siret.startsWith(LA_POSTE_SIREN) && siret !== "35600000000048") return digits.reduce((a, b) => a + b, 0) % 5 === 0;
  const luhn = digits.reduce((sum, digit, i) => {
    const doubled = i % 2 === 0 ? digit * 2 : digit;
    return sum + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  return luhn % 10 === 0;
}
