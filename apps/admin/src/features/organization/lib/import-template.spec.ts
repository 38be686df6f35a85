import { importTemplateCsv } from "./import-template";

describe("import template", () => {
  it("is the header row of the contract's columns", () => {
    expect(importTemplateCsv()).toBe(
      "nip,name,employment_type,rank,position_kind,position_title,functional_grade,unit_code,email,phone\r\n",
    );
  });
});
