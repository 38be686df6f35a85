import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, NoDeprecatedCustomRule, parse, validate } from "graphql";

/** The app's GraphQL operations (`src/**\/*.graphql`), against the committed contract. */
const schema = buildSchema(readFileSync(join(__dirname, "../../api/schema.graphql"), "utf8"));

const graphqlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "gql" ? [] : graphqlFiles(path);
    return name.endsWith(".graphql") ? [path] : [];
  });

describe("the app's GraphQL operations", () => {
  const document = parse(graphqlFiles(__dirname).map((f) => readFileSync(f, "utf8")).join("\n"));

  it("use no deprecated field, argument or enum value (the API keeps them only for a while)", () => {
    expect(validate(schema, document, [NoDeprecatedCustomRule]).map((e) => e.message)).toEqual([]);
  });
});
