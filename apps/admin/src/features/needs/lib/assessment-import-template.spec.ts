import { assessmentTemplateCsv, ASSESSMENT_IMPORT_COLUMNS } from "./assessment-import-template";

describe("assessment import template", () => {
  it("is the header row of the columns the API reads", () => {
    expect(ASSESSMENT_IMPORT_COLUMNS).toEqual(["nip", "competency_code", "level", "source", "assessed_on"]);
    expect(assessmentTemplateCsv()).toBe("nip,competency_code,level,source,assessed_on\r\n");
  });
});
