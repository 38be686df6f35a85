import { Button, Result } from "antd";
import { Link } from "react-router-dom";
import { useT } from "../i18n/i18n-context";

/** A page or record that does not exist (or that the user may not see). */
export function NotFound({ backTo = "/" }: { readonly backTo?: string }) {
  const t = useT();
  return (
    <Result
      status="404"
      title={t("common.notFound")}
      data-testid="not-found"
      extra={
        <Link to={backTo}>
          <Button type="primary">{t("common.back")}</Button>
        </Link>
      }
    />
  );
}
