import { employerRefusal } from "./employer-eligibility.js";
import { DEFI_RULES, ONE_JOB_ONE_TRAINING_RULES } from "./programme-rules.js";

describe("employerRefusal", () => {
  it("refuses an SIAE employer under 1 emploi = 1 formation, naming it", () => {
    expect(employerRefusal(ONE_JOB_ONE_TRAINING_RULES, { isSiae: true, name: "Atelier Solidaire" })).toBe(
      "1 emploi = 1 formation : une session ne peut pas déboucher sur un emploi en SIAE " +
        "(Structure d'insertion par l'activité économique : Atelier Solidaire)",
    );
  });

  it("accepts an ordinary company under 1 emploi = 1 formation", () => {
    expect(employerRefusal(ONE_JOB_ONE_TRAINING_RULES, { isSiae: false, name: "Boulangerie Martin" })).toBeNull();
  });

  it("accepts an SIAE under a programme that does not exclude them (DEFI)", () => {
    expect(employerRefusal(DEFI_RULES, { isSiae: true, name: "Atelier Solidaire" })).toBeNull();
  });
});
