import { IKM_BAND_LABELS, SERVICE_UNIT_KINDS, SKM_BANDS, SKM_ELEMENTS } from "@bina/domain";
import { en } from "../../../i18n/en";
import { id } from "../../../i18n/id";

/** The survey pages' labels come from the domain: the regulation's band labels, the elements' topics. */
describe("survey labels", () => {
  it("name every band in Indonesian exactly as the regulation (the domain's IKM_BAND_LABELS)", () => {
    expect(SKM_BANDS.map((b) => id[`enum.IkmBand.${b}`])).toEqual(SKM_BANDS.map((b) => IKM_BAND_LABELS[b]));
  });

  it("name every element in English by its code and the domain's topic", () => {
    for (const e of SKM_ELEMENTS) {
      expect(en[`enum.SkmElement.${e.element}`].toLowerCase()).toBe(`${e.element} ${e.topic}`.toLowerCase());
      expect(id[`enum.SkmElement.${e.element}`].startsWith(`${e.element} `)).toBe(true);
    }
  });

  it("translate every service unit kind of the domain", () => {
    for (const kind of SERVICE_UNIT_KINDS) {
      expect(id[`enum.ServiceUnitKind.${kind}`]).toBeTruthy();
      expect(en[`enum.ServiceUnitKind.${kind}`]).toBeTruthy();
    }
  });
});
