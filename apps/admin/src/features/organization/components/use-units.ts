import { useMemo } from "react";
import { useQuery } from "@apollo/client/react";
import { UnitsDocument, type UnitListItemFragment } from "../../../gql/graphql";
import { buildUnitTree, type UnitNode } from "../lib/unit-tree";

export interface UnitsState {
  readonly units: readonly UnitListItemFragment[];
  readonly tree: readonly UnitNode<UnitListItemFragment>[];
  readonly loading: boolean;
  readonly error: unknown;
}

/** Every unit the user may see, flat and as a tree (one request, cached by Apollo). */
export const useUnits = (): UnitsState => {
  const { data, loading, error } = useQuery(UnitsDocument);
  const units = data?.units;
  const tree = useMemo(() => buildUnitTree(units ?? []), [units]);
  return { units: units ?? [], tree, loading, error };
};
