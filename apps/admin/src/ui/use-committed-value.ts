import { useEffect, useState } from "react";

/**
 * `value` as of the last commit, passed on in an effect. React Router renders navigations inside
 * `startTransition`; handing new query variables to Apollo's `useQuery` during such a render makes the
 * committed and the pending render fight over one query (requests ping-pong, the page shows the previous
 * page's rows). Passing them on after the commit keeps the query out of the transition.
 * `key` must change exactly when `value` changes (for plain data, `JSON.stringify(value)`).
 */
export const useCommittedValue = <T,>(value: T, key: string): T => {
  const [committed, setCommitted] = useState({ key, value });
  useEffect(() => {
    setCommitted((current) => (current.key === key ? current : { key, value }));
  }, [key, value]);
  return committed.value;
};
