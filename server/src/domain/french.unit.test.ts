import { capitalised, clockTime, count, dateRange, frenchSpacing, listing, longDate, longDateOf, longDateTime, NBSP, ofNoun, quoted } from "./french.js";

/** Shows the non-breaking spaces as « ~ » so that expectations read plainly. */
const shown = (text: string) => text.replaceAll(NBSP, "~");

describe("longDate", () => {
  it("writes the first of the month « 1er », other days as numbers", () => {
    expect(shown(longDate("2027-02-01"))).toBe("1er~février~2027");
    expect(shown(longDate("2027-01-04"))).toBe("4~janvier~2027");
    expect(shown(longDate("2027-08-31"))).toBe("31~août~2027");
    expect(shown(longDate("2027-12-11"))).toBe("11~décembre~2027");
  });

  it("refuses what is not a calendar date", () => {
    expect(() => longDate("2027-13-01")).toThrow(RangeError);
    expect(() => longDate("1er février")).toThrow(/AAAA-MM-JJ/);
  });

  it("writes a period « du … au … »", () => {
    expect(shown(dateRange("2027-01-04", "2027-06-30"))).toBe("du 4~janvier~2027 au 30~juin~2027");
  });
});

describe("instants, in Paris time", () => {
  it("takes the day in Paris, not in UTC", () => {
    expect(shown(longDateOf(new Date("2027-01-31T23:30:00Z")))).toBe("1er~février~2027");
    expect(shown(longDateOf(new Date("2027-07-31T22:30:00Z")))).toBe("1er~août~2027");
  });

  it("writes the time « 10 h 30 », winter and summer", () => {
    expect(shown(longDateTime(new Date("2027-02-01T09:30:00Z")))).toBe("1er~février~2027 à 10~h~30");
    expect(shown(longDateTime(new Date("2027-06-30T07:05:00Z")))).toBe("30~juin~2027 à 9~h~05");
    expect(shown(clockTime("14:30"))).toBe("14~h~30");
    expect(shown(clockTime("09:00"))).toBe("9~h~00");
  });
});

describe("count", () => {
  it("keeps the singular below two, as French does", () => {
    expect(shown(count(0, "poste"))).toBe("0~poste");
    expect(shown(count(1, "poste"))).toBe("1~poste");
    expect(shown(count(2, "poste"))).toBe("2~postes");
    expect(shown(count(12, "stagiaire"))).toBe("12~stagiaires");
  });

  it("takes an irregular plural", () => {
    expect(shown(count(3, "heure en centre", "heures en centre"))).toBe("3~heures en centre");
    expect(shown(count(1, "travail", "travaux"))).toBe("1~travail");
  });
});

describe("frenchSpacing", () => {
  it("puts a non-breaking space before « : ; ! ? »", () => {
    expect(shown(frenchSpacing("Programme : DEFI ; session ! Vraiment ?"))).toBe("Programme~: DEFI~; session~! Vraiment~?");
    expect(shown(frenchSpacing("Lieu:Orléans"))).toBe("Lieu:Orléans");
  });

  it("holds the guillemets' content with non-breaking spaces, whether spaced or not", () => {
    expect(shown(frenchSpacing("le métier « Cariste » et «Magasinier»"))).toBe("le métier «~Cariste~» et «~Magasinier~»");
  });

  it("leaves times and addresses alone, and is idempotent", () => {
    const text = "Signature à 10:00, voir https://exemple.fr/a?b=1 : « ici »";
    expect(shown(frenchSpacing(text))).toBe("Signature à 10:00, voir https://exemple.fr/a?b=1~: «~ici~»");
    expect(frenchSpacing(frenchSpacing(text))).toBe(frenchSpacing(text));
  });

  it("replaces the narrow no-break space, which the PDF standard fonts cannot encode", () => {
    expect(frenchSpacing("Objet\u202F: prime")).toBe(`Objet${NBSP}: prime`);
  });
});

describe("small helpers", () => {
  it("quotes, lists and capitalises", () => {
    expect(shown(quoted(" Cariste "))).toBe("«~Cariste~»");
    expect(listing([])).toBe("");
    expect(listing(["CDI"])).toBe("CDI");
    expect(listing(["a", "b", "c"])).toBe("a, b et c");
    expect(capitalised("contrat d'apprentissage")).toBe("Contrat d'apprentissage");
  });
});

describe("ofNoun", () => {
  it("elides « de » before a vowel or an h, and lowers a title's capital mid-sentence", () => {
    expect(ofNoun("Agent magasinier")).toBe("d'agent magasinier");
    expect(ofNoun("Hôte de caisse")).toBe("d'hôte de caisse");
    expect(ofNoun("Préparateur de commandes")).toBe("de préparateur de commandes");
    expect(ofNoun("CACES R489")).toBe("de CACES R489");
  });
});
