import { Button, Flex, Select, Space, Typography } from "antd";
import { LeftOutlined, RightOutlined } from "@ant-design/icons";
import { useT } from "../i18n/i18n-context";
import { apiErrorFacts } from "./api-error";
import { firstPage, nextPage, pageOf, previousPage, type CursorParams } from "./cursor-list";

/** Where a cursor-paged list stands and how to move: what `useCursorList` answers and `CursorPager` shows. */
export interface CursorList {
  /** 1-based: the number of cursors that led here, plus one. */
  readonly page: number;
  readonly hasNext: boolean;
  readonly loading: boolean;
  /** The URL's cursors no longer fit the list (INVALID_CURSOR: another order, changed data): offer page 1. */
  readonly stale: boolean;
  readonly previous: () => void;
  readonly next: () => void;
  readonly first: () => void;
}

export interface CursorListOptions<P extends CursorParams> {
  /** The list's URL state. */
  readonly params: P;
  /** Navigates to other URL state. */
  readonly go: (params: P) => void;
  /** The connection's page info, once loaded. */
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor?: string | null } | null | undefined;
  readonly loading: boolean;
  readonly error?: unknown;
}

/** Previous / next / first page of a cursor-paged list whose cursors live in the URL (see cursor-list.ts). */
export function useCursorList<P extends CursorParams>({ params, go, pageInfo, loading, error }: CursorListOptions<P>): CursorList {
  const endCursor = pageInfo?.endCursor ?? null;
  return {
    page: pageOf(params),
    hasNext: !!pageInfo?.hasNextPage && endCursor !== null,
    loading,
    stale: apiErrorFacts(error).some((f) => f.domainCode === "INVALID_CURSOR"),
    previous: () => go(previousPage(params)),
    next: () => {
      if (endCursor !== null) go(nextPage(params, endCursor));
    },
    first: () => go(firstPage(params)),
  };
}

interface CursorPagerProps {
  readonly list: CursorList;
  /** Shown on the left, e.g. "120 needs"; testid `<testIdPrefix>-total`. */
  readonly total?: string;
  readonly testIdPrefix: string;
  readonly pageSize?: {
    readonly value: number;
    readonly sizes: readonly number[];
    readonly onChange: (size: number) => void;
  };
}

/** Previous / next over a cursor-paged list, with "to the first page" when the URL's cursors went stale. */
export function CursorPager({ list, total, testIdPrefix, pageSize }: CursorPagerProps) {
  const t = useT();
  const { page, hasNext, loading } = list;
  return (
    <Flex justify="space-between" align="center" wrap gap="small">
      <Typography.Text data-testid={`${testIdPrefix}-total`}>{total ?? ""}</Typography.Text>
      <Space wrap>
        {list.stale && (
          <Button onClick={list.first} data-testid="page-first">
            {t("pager.first")}
          </Button>
        )}
        <Button icon={<LeftOutlined />} disabled={page === 1 || loading} onClick={list.previous} data-testid="page-previous">
          {t("pager.previous")}
        </Button>
        <Typography.Text data-testid="page-number">{t("pager.number", { page })}</Typography.Text>
        <Button disabled={!hasNext || loading} onClick={list.next} data-testid="page-next">
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
