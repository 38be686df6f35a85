import { parse } from "graphql";
import { documentMemo } from "../src/graphql/document-memo";
import { startTestApp, type TestApp } from "./support/test-app";

/**
 * The query cost and the input guard are remembered per (document, operation, variables): the same document sent
 * again with other variables must be judged on those variables, and a refusal must never be remembered as a pass.
 */
describe("documentMemo", () => {
  it("keys on the operation and the variables, per document", () => {
    const memo = documentMemo<number>();
    const a = parse("{ __typename }");
    const b = parse("{ __typename }");
    const k = memo.get(a, null, { n: 1 }).key;
    memo.set(a, k, 7);
    expect(memo.get(a, null, { n: 1 }).hit).toBe(7);
    expect(memo.get(a, null, { n: 2 }).hit).toBeUndefined();
    expect(memo.get(a, "Other", { n: 1 }).hit).toBeUndefined();
    expect(memo.get(b, null, { n: 1 }).hit).toBeUndefined();
  });

  it("never keys on long variables and keeps at most 16 sets per document", () => {
    const memo = documentMemo<number>();
    const doc = parse("{ __typename }");
    expect(memo.get(doc, null, { file: "x".repeat(2000) }).key).toBeNull();
    for (let i = 0; i < 17; i++) memo.set(doc, memo.get(doc, null, { i }).key, i);
    expect(memo.get(doc, null, { i: 0 }).hit).toBeUndefined();
    expect(memo.get(doc, null, { i: 16 }).hit).toBe(16);
  });
});

describe("the same document with other variables", () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp({ employees: 30 });
    token = await app.login("analyst");
  });
  afterAll(() => app.close());

  const PAGE = `query ($n: Int, $q: String) { employees(first: $n, filter: { search: $q }) { edges { node { nip } } } }`;

  it("is costed on its own variables each time", async () => {
    const ok = await app.gql(PAGE, { n: 5 }, token);
    expect(ok.errors).toBeUndefined();
    const tooMany = await app.gql(PAGE, { n: 100_000 }, token);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "QUERY_TOO_COMPLEX" });
    expect((await app.gql(PAGE, { n: 5 }, token)).errors).toBeUndefined();
    expect((await app.gql(PAGE, { n: 100_000 }, token)).errors?.[0]?.extensions).toMatchObject({ domainCode: "QUERY_TOO_COMPLEX" });
  });

  it("has its text checked each time (a refusal is not remembered as a pass, a pass does not excuse bad text)", async () => {
    expect((await app.gql(PAGE, { n: 5, q: "sri" }, token)).errors).toBeUndefined();
    const bad = await app.gql(PAGE, { n: 5, q: "sri\u0000" }, token);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", domainCode: "INVALID_TEXT" });
    expect((await app.gql(PAGE, { n: 5, q: "sri\u0000" }, token)).errors?.[0]?.extensions).toMatchObject({ domainCode: "INVALID_TEXT" });
    expect((await app.gql(PAGE, { n: 5, q: "sri" }, token)).errors).toBeUndefined();
  });
});
