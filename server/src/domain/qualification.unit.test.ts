import { DEFI_RULES, DEFI_THRESHOLD_TABLE, ONE_JOB_ONE_TRAINING_RULES, type ProgrammeRules } from "./programme-rules.js";
import { minimumEngaged, qualify, type PairedTrainee, type QualificationInput } from "./qualification.js";
import { PlaceKind } from "./vocabulary.js";

/** Paired trainees on funded places (or on extra places beyond Region funding). */
function paired(nonDurable: number, durable = 0, place = PlaceKind.FUNDED): PairedTrainee[] {
  return [
    ...Array.from({ length: nonDurable }, () => ({ durableJob: false, place })),
    ...Array.from({ length: durable }, () => ({ durableJob: true, place })),
  ];
}
const onExtraPlaces = (nonDurable: number, durable = 0) => paired(nonDurable, durable, PlaceKind.EXTRA);

function defi(fundedPlaces: number, pairedTrainees: PairedTrainee[], extraPlaces = 0): QualificationInput {
  return {
    rules: DEFI_RULES,
    programmeName: "DEFI",
    fundedPlaces,
    extraPlaces,
    pairedTrainees,
    smallerGroupAccepted: false,
    permanentEntryExit: false,
  };
}

function oneJobOneTraining(count: number, exceptions: Partial<QualificationInput> = {}): QualificationInput {
  return {
    rules: ONE_JOB_ONE_TRAINING_RULES,
    programmeName: "1 emploi = 1 formation",
    fundedPlaces: count,
    extraPlaces: 0,
    pairedTrainees: paired(count),
    smallerGroupAccepted: false,
    permanentEntryExit: false,
    ...exceptions,
  };
}

describe("DEFI threshold table", () => {
  it.each([
    [6, 6],
    [7, 6],
    [8, 6],
    [9, 6],
    [10, 7],
    [11, 8],
    [12, 9],
    [13, 9],
    [14, 10],
    [15, 11],
  ])("%i funded places require %i DEFI trainees", (funded, minimum) => {
    expect(minimumEngaged(DEFI_RULES, funded)).toEqual({ required: minimum, rule: "THRESHOLD_TABLE" });

    const atMinimum = qualify(defi(funded, paired(minimum)));
    expect(atMinimum).toMatchObject({ qualified: true, rule: "THRESHOLD_TABLE", required: minimum, counted: minimum, missing: 0 });
    expect(atMinimum.ruleLabel).toBe(`Tableau des seuils DEFI (${funded} places financées → ${minimum} stagiaires DEFI)`);
    expect(atMinimum.explanation).toBe(
      `Session qualifiée DEFI : ${minimum} stagiaires appariés pour ${minimum} requis (${funded} places financées)`,
    );

    const oneBelow = qualify(defi(funded, paired(minimum - 1)));
    expect(oneBelow).toMatchObject({ qualified: false, required: minimum, counted: minimum - 1, missing: 1 });
    expect(oneBelow.explanation).toBe(
      `Session non qualifiée DEFI : ${minimum - 1} stagiaires appariés sur ${minimum} requis pour ${funded} places financées`,
    );
  });

  it("reads the table from the rules rather than from a fixed copy", () => {
    const rules: ProgrammeRules = { ...DEFI_RULES, thresholdTable: [{ fundedPlaces: 10, minimumEngaged: 8 }, ...DEFI_THRESHOLD_TABLE.slice(0, 4)] };
    expect(minimumEngaged(rules, 10)).toEqual({ required: 8, rule: "THRESHOLD_TABLE" });
  });

  it("matches the documented example exactly", () => {
    expect(qualify(defi(10, paired(6))).explanation).toBe(
      "Session non qualifiée DEFI : 6 stagiaires appariés sur 7 requis pour 10 places financées",
    );
  });
});

describe("DEFI outside the table", () => {
  it("expects every place engaged below the smallest row (5 → 5)", () => {
    expect(minimumEngaged(DEFI_RULES, 5)).toEqual({ required: 5, rule: "ALL_PLACES_BELOW_TABLE" });
    const result = qualify(defi(5, paired(4)));
    expect(result).toMatchObject({ qualified: false, required: 5, counted: 4, missing: 1 });
    expect(result.ruleLabel).toBe("Hors tableau : moins de 6 places financées, toutes les places doivent être engagées (100 %)");
    expect(qualify(defi(5, paired(5))).qualified).toBe(true);
  });

  it("accepts a single funded place when its trainee is paired, with correct singulars", () => {
    expect(minimumEngaged(DEFI_RULES, 1)).toEqual({ required: 1, rule: "ALL_PLACES_BELOW_TABLE" });
    expect(qualify(defi(1, paired(1))).explanation).toBe("Session qualifiée DEFI : 1 stagiaire apparié pour 1 requis (1 place financée)");
    expect(qualify(defi(1, [])).explanation).toBe("Session non qualifiée DEFI : 0 stagiaire apparié sur 1 requis pour 1 place financée");
  });

  it("requires 70 % above the largest row, never fewer than its minimum (16 → 12)", () => {
    expect(minimumEngaged(DEFI_RULES, 16)).toEqual({ required: 12, rule: "SHARE_ABOVE_TABLE" });
    expect(qualify(defi(16, paired(11)))).toMatchObject({ qualified: false, missing: 1 });
    expect(qualify(defi(16, paired(12))).qualified).toBe(true);
    expect(qualify(defi(16, paired(12))).ruleLabel).toBe("Hors tableau : au moins 70 % des places financées engagées");
  });

  it("keeps the largest row's minimum as a floor when the share gives fewer", () => {
    const rules: ProgrammeRules = { ...DEFI_RULES, minimumEngagedShareOutsideTable: 0.5 };
    expect(minimumEngaged(rules, 16)).toEqual({ required: 11, rule: "SHARE_ABOVE_TABLE" });
    expect(minimumEngaged(rules, 30)).toEqual({ required: 15, rule: "SHARE_ABOVE_TABLE" });
  });

  it("rounds 70 % up (20 → 14, 17 → 12, 21 → 15)", () => {
    expect(minimumEngaged(DEFI_RULES, 20).required).toBe(14);
    expect(minimumEngaged(DEFI_RULES, 17).required).toBe(12);
    expect(minimumEngaged(DEFI_RULES, 21).required).toBe(15);
    expect(qualify(defi(20, paired(13)))).toMatchObject({ qualified: false, required: 14, missing: 1 });
  });

  it("never qualifies a session without funded places", () => {
    const result = qualify(defi(0, paired(0, 3), 3));
    expect(result).toMatchObject({ qualified: false, required: 0, missing: 0, rule: "ALL_PLACES_BELOW_TABLE" });
    expect(result.explanation).toBe("Session non qualifiée DEFI : aucune place financée par la Région");
  });
});

describe("DEFI extra places beyond Region funding", () => {
  it("counts trainees on funded places whatever their job, and durable jobs on extra places", () => {
    expect(qualify(defi(10, [...paired(6, 1), ...onExtraPlaces(0, 2)], 2)).counted).toBe(9);
    expect(qualify(defi(10, [...paired(10), ...onExtraPlaces(0, 2)], 2)).counted).toBe(12);
  });

  it("does not count non-durable jobs on extra places", () => {
    expect(qualify(defi(10, [...paired(10), ...onExtraPlaces(2)], 2)).counted).toBe(10);
    const short = qualify(defi(10, [...paired(5), ...onExtraPlaces(2, 1)], 3));
    expect(short).toMatchObject({ qualified: false, counted: 6, required: 7, missing: 1 });
  });

  it("does not count more trainees than places", () => {
    expect(qualify(defi(10, [...paired(0, 15), ...onExtraPlaces(0, 5)], 2)).counted).toBe(12);
  });
});

describe("1 emploi = 1 formation minimum group", () => {
  it("requires 5 paired trainees", () => {
    expect(minimumEngaged(ONE_JOB_ONE_TRAINING_RULES, 8)).toEqual({ required: 5, rule: "MINIMUM_GROUP" });
    const short = qualify(oneJobOneTraining(3));
    expect(short).toMatchObject({ qualified: false, rule: "MINIMUM_GROUP", required: 5, counted: 3, missing: 2 });
    expect(short.ruleLabel).toBe("Groupe minimum de 5 stagiaires");
    expect(short.explanation).toBe("Groupe insuffisant (1 emploi = 1 formation) : 3 stagiaires appariés sur 5 requis");
    const full = qualify(oneJobOneTraining(5));
    expect(full).toMatchObject({ qualified: true, missing: 0 });
    expect(full.explanation).toBe("Groupe constitué : 5 stagiaires appariés pour 5 requis");
  });

  it("counts paired trainees on Region-funded places, durable job or not; trainees outside Region funding complete the group but do not open it", () => {
    expect(qualify({ ...oneJobOneTraining(0), pairedTrainees: paired(2, 3) })).toMatchObject({ qualified: true, counted: 5 });
    expect(qualify({ ...oneJobOneTraining(0), pairedTrainees: [...paired(2, 2), ...onExtraPlaces(1, 1)] })).toMatchObject({ qualified: false, counted: 4, missing: 1 });
  });

  it("opens with 1 trainee when the training organisation accepts a smaller group", () => {
    const result = qualify(oneJobOneTraining(1, { smallerGroupAccepted: true }));
    expect(result).toMatchObject({ qualified: true, rule: "SMALLER_GROUP_ACCEPTED", required: 1 });
    expect(result.ruleLabel).toBe("Groupe réduit accepté par l'organisme de formation");
    expect(result.explanation).toBe("Groupe constitué : 1 stagiaire apparié pour 1 requis");
  });

  it("opens with 1 trainee on a permanent entry/exit platform, but not with none", () => {
    const result = qualify(oneJobOneTraining(1, { permanentEntryExit: true, smallerGroupAccepted: true }));
    expect(result).toMatchObject({ qualified: true, rule: "PERMANENT_ENTRY_EXIT", required: 1 });
    expect(result.ruleLabel).toBe("Plateforme à entrées et sorties permanentes : 1 stagiaire suffit");
    const empty = qualify(oneJobOneTraining(0, { permanentEntryExit: true }));
    expect(empty).toMatchObject({ qualified: false, missing: 1 });
    expect(empty.explanation).toBe("Groupe insuffisant (1 emploi = 1 formation) : 0 stagiaire apparié sur 1 requis");
  });

  it("has no minimum when the programme sets neither table nor group size", () => {
    const rules: ProgrammeRules = { ...ONE_JOB_ONE_TRAINING_RULES, minimumGroupSize: null };
    expect(minimumEngaged(rules, 4)).toEqual({ required: 0, rule: "NO_MINIMUM" });
    expect(qualify({ ...oneJobOneTraining(2), rules })).toMatchObject({ qualified: true, rule: "NO_MINIMUM", required: 0 });
    expect(qualify({ ...oneJobOneTraining(0), rules }).qualified).toBe(false);
  });
});
