import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MemoryRouter } from "react-router-dom";
import { I18nProvider } from "../../../i18n/i18n-context";
import { id } from "../../../i18n/id";
import type { BudgetRevisionItemFragment } from "../../../gql/graphql";
import { useStandardLabel } from "./budget-refusal-problem";
import { RevisionSummary } from "./revision-summary";
import { SpendingAmountCell, SpendingDescriptionCell } from "./spending-cells";

/** The component's HTML as the server renders it, in Indonesian (the default language). */
const render = (element: ReactElement): string => renderToStaticMarkup(<I18nProvider><MemoryRouter>{element}</MemoryRouter></I18nProvider>);
/** The text of the page without tags (entities of the few characters React escapes turned back). */
const text = (html: string): string => html.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;/g, "'");

describe("spending cells", () => {
  const active = { status: "ACTIVE" as const, amount: 1_500_000, description: "Konsumsi rapat", cancelReason: null };
  const cancelled = { ...active, status: "CANCELLED" as const, cancelReason: "Salah input nominal" };

  it("show an active entry's amount in rupiah, not struck", () => {
    const html = render(<SpendingAmountCell spending={active} />);
    expect(html).toContain('data-amount="1500000"');
    expect(text(html)).toBe("Rp1.500.000");
    expect(html).not.toContain("<del>");
    expect(render(<SpendingDescriptionCell spending={active} />)).not.toContain("spending-cancel-reason-cell");
  });

  it("strike a cancelled entry through and give its reason", () => {
    expect(render(<SpendingAmountCell spending={cancelled} />)).toContain("<del>");
    const html = render(<SpendingDescriptionCell spending={cancelled} />);
    expect(html).toContain("<del>Konsumsi rapat</del>");
    expect(text(html)).toContain(id["budget.spending.cancelledBecause"].replace("{reason}", "Salah input nominal"));
  });
});

describe("RevisionSummary", () => {
  const base: BudgetRevisionItemFragment = {
    __typename: "BudgetRevision",
    id: "r1",
    fiscalYear: 2026,
    kind: "TRANSFER",
    amount: 2_000_000,
    newCeiling: null,
    reason: "Tambahan narasumber",
    status: "REQUESTED",
    requestedBy: "Admin",
    requestedAt: "2026-11-20T03:00:00.000Z",
    decidedBy: null,
    decidedAt: null,
    decisionNote: null,
    version: 1,
    fromLine: { __typename: "BudgetLine", id: "a", accountCode: "5.1.02.04.01.0001", name: "Perjalanan dinas", ceiling: 10_000_000, spent: 1 },
    toLine: null,
    line: null,
  } as BudgetRevisionItemFragment;

  it("names a transfer's amount and lines, and a line the reader may not see as hidden", () => {
    const html = text(render(<RevisionSummary revision={base} />));
    expect(html).toContain("Rp2.000.000");
    expect(html).toContain(id["budget.revision.from"].replace("{line}", "5.1.02.04.01.0001 · Perjalanan dinas"));
    expect(html).toContain(id["budget.revision.to"].replace("{line}", id["budget.revision.hiddenLine"]));
  });

  it("shows a requested change from the current ceiling to the new one, and only the new one once decided", () => {
    const line = { __typename: "BudgetLine" as const, id: "b", accountCode: "5.1.02.02.12.0001", name: "Diklat", ceiling: 50_000_000, spent: 1 };
    const change = { ...base, kind: "CHANGE" as const, amount: null, newCeiling: 60_000_000, fromLine: null, line } as BudgetRevisionItemFragment;
    expect(text(render(<RevisionSummary revision={change} />))).toContain("Rp50.000.000 → Rp60.000.000");
    const decided = text(render(<RevisionSummary revision={{ ...change, status: "APPROVED", line: { ...line, ceiling: 60_000_000 } }} />));
    expect(decided).toContain(id["budget.revision.newCeilingValue"].replace("{ceiling}", "Rp60.000.000"));
    expect(decided).not.toContain("→");
  });
});

describe("standard cost names", () => {
  function Label({ code }: { readonly code: string }) {
    return <span>{useStandardLabel()(code)}</span>;
  }

  it("names a known standard in the reader's language and an unknown one as sent", () => {
    expect(text(render(<Label code="PMK_49_2023" />))).toBe(id["budget.standard.PMK_49_2023"]);
    expect(text(render(<Label code="PERGUB_X" />))).toBe("PERGUB X");
  });
});
