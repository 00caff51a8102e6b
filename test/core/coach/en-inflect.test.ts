import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/core/coach/analyze";
import { enPastForms, enVerbForms, ingForm, pastParticiple, thirdPerson } from "../../../src/core/coach/lexicon/en-inflect";

describe("English verb forms", () => {
  it("spells the third person and the -ing form", () => {
    expect(["handle", "fix", "reach", "carry", "do", "own"].map(thirdPerson)).toEqual(["handles", "fixes", "reaches", "carries", "does", "owns"]);
    expect(["handle", "run", "ship", "own", "lie", "take"].map(ingForm)).toEqual(["handling", "running", "shipping", "owning", "lying", "taking"]);
  });

  it("inflects an entry's leading verb and leaves other entries alone", () => {
    expect(enVerbForms("deal with")).toEqual(["deals with", "dealing with"]);
    expect(enVerbForms("be handling")).toEqual([]);
    expect(enVerbForms("responsible")).toEqual([]);
  });

  it("spells the past participle, regular and irregular", () => {
    expect(["handle", "fix", "carry", "build", "deal", "own"].map(pastParticiple)).toEqual(["handled", "fixed", "carried", "built", "dealt", "owned"]);
    expect(enPastForms("deal with")).toEqual(["dealt with"]);
  });

  it("reads a verb the lexicon lists once in the form a sentence uses", () => {
    expect(analyze("Contract renewals aren't something our team handles.", { lang: "en" }).map((f) => f.kind)).toEqual(["scope"]);
  });
});
