/** A unit as the flat `units` query returns it. */
export interface FlatUnit {
  readonly id: string;
  readonly parentId?: string | null;
  readonly name: string;
}

export interface UnitNode<U extends FlatUnit> {
  readonly unit: U;
  readonly children: readonly UnitNode<U>[];
}

/**
 * The hierarchy of a flat list of units. A unit whose parent is not in the list (an operator sees only
 * their own unit and its sub-units) becomes a root. Siblings keep the order of the list.
 */
export const buildUnitTree = <U extends FlatUnit>(units: readonly U[]): UnitNode<U>[] => {
  const ids = new Set(units.map((u) => u.id));
  const childrenOf = new Map<string | null, U[]>();
  for (const unit of units) {
    const parent = unit.parentId && ids.has(unit.parentId) && unit.parentId !== unit.id ? unit.parentId : null;
    const list = childrenOf.get(parent) ?? [];
    list.push(unit);
    childrenOf.set(parent, list);
  }
  const seen = new Set<string>();
  const build = (parent: string | null): UnitNode<U>[] =>
    (childrenOf.get(parent) ?? []).flatMap((unit) => {
      if (seen.has(unit.id)) return []; // a cycle in bad data must not hang the page
      seen.add(unit.id);
      return [{ unit, children: build(unit.id) }];
    });
  return build(null);
};

/** The names from the root down to the unit, e.g. ["Kota Salatiga", "BKPSDM", "Bidang PKAP"]. */
export const unitPath = <U extends FlatUnit>(units: readonly U[], unitId: string): U[] => {
  const byId = new Map(units.map((u) => [u.id, u]));
  const path: U[] = [];
  let current = byId.get(unitId);
  while (current && !path.includes(current)) {
    path.unshift(current);
    current = current.parentId ? byId.get(current.parentId) : undefined;
  }
  return path;
};
