import { Button, Flex, Select, Space, Typography } from "antd";
import { LeftOutlined, RightOutlined } from "@ant-design/icons";
import { useT } from "../i18n/i18n-context";

interface CursorPagerProps {
  /** 1-based: the number of cursors that led here, plus one. */
  readonly page: number;
  readonly hasNext: boolean;
  readonly loading: boolean;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  /** Shown on the left, e.g. "120 needs"; testid `<testIdPrefix>-total`. */
  readonly total?: string;
  readonly testIdPrefix: string;
  readonly pageSize?: {
    readonly value: number;
    readonly sizes: readonly number[];
    readonly onChange: (size: number) => void;
  };
}

/** Previous / next over a cursor-paged list (the cursors that led here live in the URL). */
export function CursorPager({ page, hasNext, loading, onPrevious, onNext, total, testIdPrefix, pageSize }: CursorPagerProps) {
  const t = useT();
  return (
    <Flex justify="space-between" align="center" wrap gap="small">
      <Typography.Text data-testid={`${testIdPrefix}-total`}>{total ?? ""}</Typography.Text>
      <Space wrap>
        <Button icon={<LeftOutlined />} disabled={page === 1 || loading} onClick={onPrevious} data-testid="page-previous">
          {t("pager.previous")}
        </Button>
        <Typography.Text data-testid="page-number">{t("pager.number", { page })}</Typography.Text>
        <Button disabled={!hasNext || loading} onClick={onNext} data-testid="page-next">
          {t("pager.next")} <RightOutlined />
        </Button>
        {pageSize && (
          <Select<number>
            aria-label={t("pager.size")}
            data-testid="page-size"
            value={pageSize.value}
            onChange={pageSize.onChange}
            options={pageSize.sizes.map((size) => ({ value: size, label: t("pager.perPage", { size }) }))}
            style={{ width: 140 }}
          />
        )}
      </Space>
    </Flex>
  );
}
