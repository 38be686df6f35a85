import { useEffect, useRef } from "react";

/**
 * A wrapper ref that makes the scroll containers antd's Table renders inside it (`scroll={{ x: ... }}`) reachable by
 * keyboard, named for screen readers: a region wider than the window must be scrollable without a mouse (WCAG 2.1.1;
 * axe: scrollable-region-focusable). antd gives those containers no tabindex and takes no prop for it.
 */
export function useKeyboardScrollable<T extends HTMLElement>(label: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    for (const el of ref.current?.querySelectorAll<HTMLElement>(".ant-table-content, .ant-table-body") ?? []) {
      el.tabIndex = 0;
      el.setAttribute("role", "region");
      el.setAttribute("aria-label", label);
    }
  });
  return ref;
}
