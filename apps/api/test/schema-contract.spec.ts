import "reflect-metadata";
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from "graphql";
import { createSchema } from "../src/graphql/schema";

/** The analysts' documentation is the schema: every element described, in a sentence that starts with a capital. */
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

const BUILT_IN = new Set(["String", "Int", "Float", "Boolean", "ID", "Query", "Mutation"]);

/** Every describable element of the schema as [path, description]. */
function describedElements(s: GraphQLSchema): [string, string | null | undefined][] {
  return Object.values(s.getTypeMap())
    .filter((t) => !t.name.startsWith("__"))
    .flatMap((t): [string, string | null | undefined][] => {
      const own: [string, string | null | undefined][] = BUILT_IN.has(t.name) ? [] : [[t.name, t.description]];
      if (isObjectType(t) || isInterfaceType(t)) {
        return [
          ...own,
          ...Object.values(t.getFields()).flatMap((f): [string, string | null | undefined][] => [
            [`${t.name}.${f.name}`, f.description],
            ...f.args.map((a): [string, string | null | undefined] => [`${t.name}.${f.name}(${a.name})`, a.description]),
          ]),
        ];
      }
      if (isInputObjectType(t)) return [...own, ...Object.values(t.getFields()).map((f): [string, string | null | undefined] => [`${t.name}.${f.name}`, f.description])];
      if (isEnumType(t)) return [...own, ...t.getValues().map((v): [string, string | null | undefined] => [`${t.name}.${v.name}`, v.description])];
      return own;
    });
}

describe("the schema as documentation", () => {
  it("describes every type, field, argument, input field and enum value", () => {
    const missing = describedElements(schema)
      .filter(([, d]) => !d?.trim())
      .map(([path]) => path);
    expect(missing).toEqual([]);
  });

  it("starts every description with a capital letter, a digit or a quoted name", () => {
    const lower = describedElements(schema)
      .filter(([, d]) => !!d?.trim() && !/^[A-Z0-9`"(]/.test(d.trim()))
      .map(([path, d]) => `${path}: ${d}`);
    expect(lower).toEqual([]);
  });
});
