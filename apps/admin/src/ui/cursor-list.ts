/**
 * The URL state every cursor-paged list shares: `after` is the stack of cursors that led to the
 * current page (page n has n-1 of them), so a link can be shared and "previous" needs no server help.
 */
export interface CursorParams {
  readonly cursors: readonly string[];
}

/** The cursors of a query string (`?after=c1&after=c2`). */
export const readCursors = (query: URLSearchParams): readonly string[] => query.getAll("after").filter(Boolean);

/** Appends the cursors to a query string being built. */
export const writeCursors = (query: URLSearchParams, cursors: readonly string[]): URLSearchParams => {
  cursors.forEach((c) => query.append("after", c));
  return query;
};

/** The `after` argument of the current page. */
export const afterOf = (params: CursorParams): string | null => params.cursors.at(-1) ?? null;

/** The 1-based number of the current page. */
export const pageOf = (params: CursorParams): number => params.cursors.length + 1;

export const nextPage = <P extends CursorParams>(params: P, endCursor: string): P => ({ ...params, cursors: [...params.cursors, endCursor] });

export const previousPage = <P extends CursorParams>(params: P): P => ({ ...params, cursors: params.cursors.slice(0, -1) });

export const firstPage = <P extends CursorParams>(params: P): P => ({ ...params, cursors: [] });

/** A change of filter, search, sort or page size starts again at page 1. */
export const withFilters = <P extends CursorParams>(params: P, change: Partial<Omit<P, "cursors">>): P => ({ ...params, ...change, cursors: [] });
