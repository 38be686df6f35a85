import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/**
 * Guards the rule "no user-visible string outside the message catalogues": JSX text and the
 * user-facing JSX attributes of every component must come from `t(...)`, not be written inline.
 */
const SRC = join(__dirname, "..");
const VISIBLE_ATTRIBUTES = new Set([
  "title",
  "placeholder",
  "label",
  "aria-label",
  "alt",
  "okText",
  "cancelText",
  "description",
  "help",
  "extra",
  "tooltip",
  "subTitle",
  "message",
  "content",
]);
const HAS_LETTER = /\p{L}/u;

const tsxFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "gql" ? [] : tsxFiles(path);
    return path.endsWith(".tsx") && !path.endsWith(".spec.tsx") ? [path] : [];
  });

const findings = (path: string): string[] => {
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${relative(SRC, path)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && HAS_LETTER.test(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(source))) {
      const init = node.initializer;
      const literal =
        init && ts.isStringLiteral(init)
          ? init.text
          : init && ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
            ? init.expression.text
            : null;
      if (literal !== null && HAS_LETTER.test(literal)) found.push(`${where(node)} ${node.name.getText(source)}="${literal}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
};

describe("user-visible text", () => {
  it("comes from the message catalogues in every component", () => {
    expect(tsxFiles(SRC).flatMap(findings)).toEqual([]);
  });
});
