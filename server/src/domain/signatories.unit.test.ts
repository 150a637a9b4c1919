import { OrganisationKind } from "./kinds.js";
import { DEFI_RULES, type ProgrammeRules } from "./programme-rules.js";
import { missingSignatoryKinds, requiredSignatories, type TeamPartner } from "./signatories.js";

const { TRAINING_ORGANISATION, MISSION_LOCALE, FRANCE_TRAVAIL, COMPANY, REGION } = OrganisationKind;

const FULL_TEAM: TeamPartner[] = [
  { organisationId: "region-cvl", kind: REGION },
  { organisationId: "bakery", kind: COMPANY },
  { organisationId: "ft-tours", kind: FRANCE_TRAVAIL },
  { organisationId: "of-afpa", kind: TRAINING_ORGANISATION },
  { organisationId: "garage", kind: COMPANY },
  { organisationId: "ml-tours", kind: MISSION_LOCALE },
];

describe("requiredSignatories", () => {
  it("lists every active partner in signing order, companies in team order", () => {
    expect(requiredSignatories(DEFI_RULES, FULL_TEAM)).toEqual([
      { organisationId: "of-afpa", kind: TRAINING_ORGANISATION, required: true },
      { organisationId: "ml-tours", kind: MISSION_LOCALE, required: true },
      { organisationId: "ft-tours", kind: FRANCE_TRAVAIL, required: true },
      { organisationId: "bakery", kind: COMPANY, required: true },
      { organisationId: "garage", kind: COMPANY, required: true },
      { organisationId: "region-cvl", kind: REGION, required: true },
    ]);
  });

  it("keeps an active partner whose kind the programme does not require, marked optional", () => {
    const rules: ProgrammeRules = { ...DEFI_RULES, requiredSignatoryKinds: [TRAINING_ORGANISATION, COMPANY, REGION] };
    const signatories = requiredSignatories(rules, FULL_TEAM);
    expect(signatories).toHaveLength(6);
    expect(signatories.filter((s) => !s.required).map((s) => s.organisationId)).toEqual(["ml-tours", "ft-tours"]);
  });

  it("lists an organisation once even if it appears twice", () => {
    const team = [...FULL_TEAM, { organisationId: "bakery", kind: COMPANY }];
    expect(requiredSignatories(DEFI_RULES, team).filter((s) => s.organisationId === "bakery")).toHaveLength(1);
  });
});

describe("missingSignatoryKinds", () => {
  it("is empty for a complete team", () => {
    expect(missingSignatoryKinds(DEFI_RULES, FULL_TEAM)).toEqual([]);
  });

  it("names a required kind absent from the team (no France Travail)", () => {
    const team = FULL_TEAM.filter((partner) => partner.kind !== FRANCE_TRAVAIL);
    expect(missingSignatoryKinds(DEFI_RULES, team)).toEqual([FRANCE_TRAVAIL]);
  });

  it("names every missing kind in signing order", () => {
    const team: TeamPartner[] = [{ organisationId: "ml-tours", kind: MISSION_LOCALE }];
    expect(missingSignatoryKinds(DEFI_RULES, team)).toEqual([TRAINING_ORGANISATION, FRANCE_TRAVAIL, COMPANY, REGION]);
  });

  it("ignores kinds the programme does not require", () => {
    const rules: ProgrammeRules = { ...DEFI_RULES, requiredSignatoryKinds: [TRAINING_ORGANISATION, REGION] };
    expect(missingSignatoryKinds(rules, [{ organisationId: "of-afpa", kind: TRAINING_ORGANISATION }])).toEqual([REGION]);
  });
});
