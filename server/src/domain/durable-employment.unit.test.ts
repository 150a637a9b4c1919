import { CONTRACT_TYPE_LABELS, durabilityExplanation, isDurableEmployment } from "./durable-employment.js";
import { ContractType } from "./vocabulary.js";

const NOT_CDI = Object.values(ContractType).filter((type) => type !== ContractType.CDI);

describe("isDurableEmployment", () => {
  it.each([null, 0, 1, 5])("a CDI is durable whatever its duration (%p months)", (months) => {
    expect(isDurableEmployment(ContractType.CDI, months, 6)).toBe(true);
  });

  it.each(NOT_CDI)("a %s is durable from exactly the minimum duration", (type) => {
    expect(isDurableEmployment(type, 6, 6)).toBe(true);
    expect(isDurableEmployment(type, 18, 6)).toBe(true);
  });

  it.each(NOT_CDI)("a %s shorter than the minimum, or without duration, is not durable", (type) => {
    expect(isDurableEmployment(type, 5, 6)).toBe(false);
    expect(isDurableEmployment(type, 5.9, 6)).toBe(false);
    expect(isDurableEmployment(type, null, 6)).toBe(false);
  });

  it("uses the minimum it is given", () => {
    expect(isDurableEmployment(ContractType.CDD, 6, 9)).toBe(false);
    expect(isDurableEmployment(ContractType.CDD, 4, 3)).toBe(true);
  });
});

describe("durabilityExplanation", () => {
  it("explains that a short CDD needs a derogation", () => {
    expect(durabilityExplanation(ContractType.CDD, 4, 6)).toBe(
      "CDD de 4 mois : emploi non durable (6 mois minimum), dérogation de la Région nécessaire",
    );
  });

  it("explains a durable contract with its French label", () => {
    expect(durabilityExplanation(ContractType.APPRENTICESHIP, 12, 6)).toBe(
      "Contrat d'apprentissage de 12 mois : emploi durable (6 mois minimum)",
    );
    expect(durabilityExplanation(ContractType.CTT, 6, 6)).toBe("CTT (intérim) de 6 mois : emploi durable (6 mois minimum)");
  });

  it("explains a CDI and a missing duration", () => {
    expect(durabilityExplanation(ContractType.CDI, null, 6)).toBe("CDI : emploi durable quelle que soit sa durée");
    expect(durabilityExplanation(ContractType.POEC, null, 6)).toBe(
      "POEC sans durée renseignée : emploi non durable (6 mois minimum), dérogation de la Région nécessaire",
    );
  });

  it.each(Object.values(ContractType))("names the %s contract in French in its explanation", (type) => {
    const label = CONTRACT_TYPE_LABELS[type];
    expect(label).toMatch(/\S/);
    const explanation = durabilityExplanation(type, 12, 6);
    expect(explanation.toLowerCase()).toContain(label.toLowerCase());
    // the code itself (APPRENTICESHIP...) never reaches the user
    if (!label.includes(type)) expect(explanation).not.toContain(type);
  });
});
