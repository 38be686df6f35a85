import { useCallback } from "react";
import { isMessageKey } from "../../../i18n/errors";
import { useT } from "../../../i18n/i18n-context";

/** The name of a standard cost by its code (PMK_49_2023, ...) in the reader's language; an unknown code as sent. */
export const useStandardLabel = (): ((code: string) => string) => {
  const t = useT();
  return useCallback(
    (code: string) => {
      const key = `budget.standard.${code}`;
      return isMessageKey(key) ? t(key) : code.replace(/_/g, " ");
    },
    [t],
  );
};
