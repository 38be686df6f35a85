import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, parse, validate } from "graphql";
import { en } from "../../../i18n/en";
import { id } from "../../../i18n/id";
import { EXAMPLE_IDS, exampleQueries } from "./example-queries";

/** The committed API contract: an example that no longer fits it fails here, not in front of an analyst. */
const schema = buildSchema(readFileSync(join(__dirname, "../../../../../api/schema.graphql"), "utf8"));
const examples = exampleQueries({ unitId: "u1", employeeId: "e1", cycleYear: 2026, planYear: 2027 });

describe("explorer examples", () => {
  it("has one example per id, in the order of the menu", () => {
    expect(examples.map((e) => e.id)).toEqual([...EXAMPLE_IDS]);
  });

  it("covers the needs and planning queries", () => {
    const text = examples.map((e) => e.query).join("\n");
    for (const field of ["needsHeatmap", "rankedNeeds", "jobPersonMatches", "employeeNeeds", "trainingProposals", "programmeCandidates", "plans"]) {
      expect(text).toContain(`${field}(`);
    }
  });

  it.each(examples.map((e) => [e.id, e]))("%s is valid against the committed schema", (_id, example) => {
    expect(validate(schema, parse(example.query)).map((e) => e.message)).toEqual([]);
  });

  it.each(examples.map((e) => [e.id, e]))("%s has variables that are JSON (or none)", (_id, example) => {
    expect(() => (example.variables === "" ? null : JSON.parse(example.variables))).not.toThrow();
  });

  it.each(EXAMPLE_IDS.map((x) => [x]))("%s has a title and a description in both languages", (x) => {
    for (const messages of [id, en]) {
      expect(messages).toHaveProperty([`explorer.example.${x}`]);
      expect(messages).toHaveProperty([`explorer.example.${x}.description`]);
    }
  });
});
