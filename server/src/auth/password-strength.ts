import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as french from "@zxcvbn-ts/language-fr";
import { badInput } from "../graphql/errors.js";

/** At least 12 characters and a zxcvbn score of 3 (« safely unguessable »), with French dictionaries. */
export const PASSWORD_RULE = { minLength: 12, minScore: 3 } as const;

const zxcvbn = new ZxcvbnFactory({
  translations: french.translations,
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...french.dictionary },
});

/** Throws BAD_USER_INPUT on `field` with zxcvbn's French advice when the password is too weak; the person's own names and e-mail count against it. */
export function assertStrongPassword(field: string, password: string, personal: string[]): void {
  if (password.length < PASSWORD_RULE.minLength) throw badInput(field, `au moins ${PASSWORD_RULE.minLength} caractères`);
  if (password.length > 200) throw badInput(field, "au plus 200 caractères");
  const result = zxcvbn.check(password, personal.flatMap((p) => p.toLowerCase().split(/[@.\s-]+/)).filter((p) => p.length > 2));
  if (result.score < PASSWORD_RULE.minScore) {
    const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(" ");
    throw badInput(field, `mot de passe trop facile à deviner${advice ? ` : ${advice}` : ""}`);
  }
}
