import type { ReactNode } from "react";
import { Result } from "antd";
import { useT } from "../i18n/i18n-context";
import { useAuth } from "../session/auth-context";

/** Pages that change data: analysts (read-only) see why they cannot use them. */
export function RequireEditor({ children }: { readonly children: ReactNode }) {
  const t = useT();
  const { canEdit } = useAuth();
  if (!canEdit) return <Result status="403" title={t("errors.api.FORBIDDEN")} data-testid="forbidden" />;
  return children;
}
