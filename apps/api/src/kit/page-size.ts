/** The largest page any list serves (`first`); the cost limit multiplies by it. */
export const MAX_PAGE_SIZE = 100;
/** The page size when `first` is omitted. */
export const DEFAULT_PAGE_SIZE = 20;
