import { buildUnitTree, unitPath, type FlatUnit, type UnitNode } from "./unit-tree";

const units = [
  { id: "1", parentId: null, name: "Kota Salatiga" },
  { id: "2", parentId: "1", name: "BKPSDM" },
  { id: "3", parentId: "2", name: "Bidang PKAP" },
  { id: "4", parentId: "1", name: "Kecamatan Tingkir" },
];

const shape = (nodes: readonly UnitNode<FlatUnit>[]): unknown =>
  nodes.map((n) => ({ [n.unit.id]: shape(n.children) }));

describe("buildUnitTree", () => {
  it("nests units under their parents, keeping the order of the list", () => {
    expect(shape(buildUnitTree(units))).toEqual([{ "1": [{ "2": [{ "3": [] }] }, { "4": [] }] }]);
  });

  it("makes a unit whose parent the user may not see a root (an operator's own unit)", () => {
    expect(shape(buildUnitTree(units.slice(1)))).toEqual([{ "2": [{ "3": [] }] }, { "4": [] }]);
  });

  it("survives a cycle in bad data", () => {
    const cyclic = [
      { id: "a", parentId: "b", name: "A" },
      { id: "b", parentId: "a", name: "B" },
    ];
    expect(() => buildUnitTree(cyclic)).not.toThrow();
  });
});

describe("unitPath", () => {
  it("lists the units from the root down", () => {
    expect(unitPath(units, "3").map((u) => u.name)).toEqual(["Kota Salatiga", "BKPSDM", "Bidang PKAP"]);
  });

  it("is empty for an unknown unit", () => {
    expect(unitPath(units, "99")).toEqual([]);
  });
});
