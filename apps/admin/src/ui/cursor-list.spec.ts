import { afterOf, firstPage, nextPage, pageOf, previousPage, readCursors, withFilters, writeCursors } from "./cursor-list";

describe("cursor list state", () => {
  const params = { q: "budi", cursors: ["c1", "c2"] as readonly string[] };

  it("reads and writes the cursor stack of a query string", () => {
    const query = new URLSearchParams("q=budi&after=c1&after=&after=c2");
    expect(readCursors(query)).toEqual(["c1", "c2"]);
    expect(writeCursors(new URLSearchParams("q=budi"), ["c1", "c2"]).toString()).toBe("q=budi&after=c1&after=c2");
  });

  it("pages forwards and back through the stack", () => {
    expect(pageOf(params)).toBe(3);
    expect(afterOf(params)).toBe("c2");
    expect(afterOf(firstPage(params))).toBeNull();
    expect(nextPage(params, "c3").cursors).toEqual(["c1", "c2", "c3"]);
    expect(previousPage(params).cursors).toEqual(["c1"]);
    expect(previousPage(previousPage(previousPage(params))).cursors).toEqual([]);
  });

  it("starts again at page 1 when a filter changes", () => {
    expect(withFilters(params, { q: "ani" })).toEqual({ q: "ani", cursors: [] });
  });
});
