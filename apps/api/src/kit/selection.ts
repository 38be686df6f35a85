import type { GraphQLResolveInfo, SelectionSetNode } from "graphql";

const selects = (set: SelectionSetNode | undefined, field: string, info: GraphQLResolveInfo, depth = 0): boolean =>
  depth < 5 &&
  !!set?.selections.some((s) => {
    if (s.kind === "Field") return s.name.value === field;
    if (s.kind === "InlineFragment") return selects(s.selectionSet, field, info, depth + 1);
    const fragment = info.fragments[s.name.value];
    return !!fragment && selects(fragment.selectionSet, field, info, depth + 1);
  });

/** True when the query selects `field` directly under the resolved field (so a list counts its rows only when asked). */
export const asksFor = (info: GraphQLResolveInfo, field: string): boolean =>
  info.fieldNodes.some((node) => selects(node.selectionSet, field, info));
