import { validateCompetency } from "../competency/competency.js";
import { parsePersonName } from "../organization/person-name.js";
import { checkPositionTitle } from "../organization/employee-checks.js";
import { parseEmail } from "./email.js";
import { parsePhone } from "./phone.js";
import * as limits from "./text-limits.js";

const competency = { code: "T.ARSIP", name: "Arsip", kind: "TECHNICAL", description: null };
const ok = (r: { ok: boolean }) => r.ok;

describe("text limits", () => {
  it("are positive integers, each minimum at most its maximum", () => {
    for (const [name, value] of Object.entries(limits)) {
      expect([name, Number.isInteger(value) && value > 0]).toEqual([name, true]);
      if (name.endsWith("_MIN_LENGTH")) {
        const max = (limits as Record<string, number>)[name.replace("_MIN_", "_MAX_")];
        expect([name, max !== undefined && value <= max]).toEqual([name, true]);
      }
    }
  });

  it("fit the columns they were taken from", () => {
    expect(limits.COMPETENCY_CODE_MAX_LENGTH).toBe(40);
    expect(limits.EMAIL_MAX_LENGTH).toBe(254);
  });

  // One row per limit a domain validator enforces: accepted at the limit, refused one past it.
  it.each<readonly [string, number, (n: number) => boolean]>([
    ["PERSON_NAME_MAX_LENGTH", limits.PERSON_NAME_MAX_LENGTH, (n) => ok(parsePersonName("a".repeat(n)))],
    ["POSITION_TITLE_MAX_LENGTH", limits.POSITION_TITLE_MAX_LENGTH, (n) => ok(checkPositionTitle("a".repeat(n)))],
    ["COMPETENCY_CODE_MAX_LENGTH", limits.COMPETENCY_CODE_MAX_LENGTH, (n) => ok(validateCompetency({ ...competency, code: `T.${"A".repeat(n - 2)}` }))],
    ["COMPETENCY_NAME_MAX_LENGTH", limits.COMPETENCY_NAME_MAX_LENGTH, (n) => ok(validateCompetency({ ...competency, name: "a".repeat(n) }))],
    ["COMPETENCY_DESCRIPTION_MAX_LENGTH", limits.COMPETENCY_DESCRIPTION_MAX_LENGTH, (n) => ok(validateCompetency({ ...competency, description: "a".repeat(n) }))],
    ["EMAIL_MAX_LENGTH", limits.EMAIL_MAX_LENGTH, (n) => ok(parseEmail(`${"a".repeat(64)}@${"b".repeat(n - 64 - 1 - 3)}.id`.replace(/b{63}/g, (m) => `${m.slice(0, 62)}.`)))],
    ["PHONE_MAX_LENGTH", limits.PHONE_MAX_LENGTH, (n) => ok(parsePhone(`0812 3456 789${" ".repeat(n - 14)}0`))],
  ])("%s (%i): accepted at the limit, refused one past it", (_, max, accepts) => {
    expect(accepts(max)).toBe(true);
    expect(accepts(max + 1)).toBe(false);
  });

  it("count code points, as varchar(n) does", () => {
    expect(parsePersonName("\u{1D400}".repeat(limits.PERSON_NAME_MAX_LENGTH)).ok).toBe(true);
  });
});
