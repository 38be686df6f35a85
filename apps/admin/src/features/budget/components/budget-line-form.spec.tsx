import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Form } from "antd";
import { disbursementPlan, formatRupiah } from "@bina/domain";
import { I18nProvider } from "../../../i18n/i18n-context";
import { id } from "../../../i18n/id";
import { MonthlyPlanFields, PlanBalance } from "./monthly-plan-fields";

/** The component's HTML as the server renders it, in Indonesian (the default language). */
const render = (element: ReactElement): string => renderToStaticMarkup(<I18nProvider>{element}</I18nProvider>);
const text = (html: string): string => html.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;/g, "'");
const fill = (key: keyof typeof id, params: Record<string, string>) => id[key].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? "");

describe("PlanBalance", () => {
  it("says the plan equals the ceiling in the domain's rupiah", () => {
    const html = render(<PlanBalance plan={disbursementPlan(150_000_000)} ceiling={150_000_000} />);
    expect(html).toContain('data-status="equal"');
    expect(html).toContain('data-difference="0"');
    expect(text(html)).toContain(fill("budget.lineForm.planSum", { sum: "Rp150.000.000", ceiling: "Rp150.000.000" }));
    expect(text(html)).toContain(id["budget.lineForm.planEqual"]);
  });

  it("names what is still to plan, or planned over the ceiling", () => {
    const under = render(<PlanBalance plan={[1_000_000, null, ...Array(10).fill(0)]} ceiling={1_500_000} />);
    expect(under).toContain('data-status="under"');
    expect(text(under)).toContain(fill("budget.lineForm.planUnder", { amount: formatRupiah(500_000) }));
    const over = render(<PlanBalance plan={[2_000_000, ...Array(11).fill(0)]} ceiling={1_500_000} />);
    expect(over).toContain('data-status="over"');
    expect(text(over)).toContain(fill("budget.lineForm.planOver", { amount: "Rp500.000" }));
  });

  it("shows only the sum while there is no ceiling", () => {
    const html = render(<PlanBalance plan={Array(12).fill(null)} ceiling={null} />);
    expect(html).toContain('data-status=""');
    expect(text(html)).toBe(fill("budget.lineForm.planSumNoCeiling", { sum: "Rp0" }));
  });
});

describe("MonthlyPlanFields", () => {
  function Plan({ plan, own, error }: { readonly plan: number[]; readonly own: boolean; readonly error?: string }) {
    const [form] = Form.useForm();
    return (
      <Form form={form} layout="vertical" initialValues={{ plannedByMonth: plan }}>
        <MonthlyPlanFields
          ceiling={12_000_000}
          plan={plan}
          own={own}
          feedback={error ? { validateStatus: "error", help: <span data-testid="plannedByMonth-error">{error}</span> } : {}}
          onResplit={() => undefined}
          onLeave={() => undefined}
        />
      </Form>
    );
  }

  it("gives each month a labelled whole-rupiah input with the plan's amount", () => {
    const plan = disbursementPlan(12_000_000);
    const html = render(<Plan plan={plan} own={false} />);
    for (let month = 1; month <= 12; month += 1) {
      expect(html).toContain(`id="plannedByMonth-${month}"`);
      expect(html).toContain(`for="plannedByMonth-${month}"`);
    }
    // January is 5% of the ceiling, December 10%, written as the input shows them.
    expect(html).toMatch(/id="plannedByMonth-1"[^>]*value="600\.000"|value="600\.000"[^>]*id="plannedByMonth-1"/);
    expect(html).toMatch(/id="plannedByMonth-12"[^>]*value="1\.200\.000"|value="1\.200\.000"[^>]*id="plannedByMonth-12"/);
    expect(text(html)).toContain("Januari");
    expect(text(html)).toContain("Desember");
    expect(text(html)).toContain(id["budget.lineForm.planDefaultHint"]);
    expect(html).toContain('data-status="equal"');
    expect(html).not.toContain("ant-form-item-has-error");
  });

  it("says when the plan is the user's own, and shows the plan's problem", () => {
    const plan = [...disbursementPlan(12_000_000)];
    plan[0] = 0;
    const html = render(<Plan plan={plan} own error={id["budget.lineForm.planNotCeiling"]} />);
    expect(text(html)).toContain(id["budget.lineForm.planOwnHint"]);
    // The plan as a whole and each month are marked in error (antd shows the help text itself once mounted).
    expect(html).toContain("ant-form-item-has-error");
    expect(html.match(/ant-input-number-status-error/g)).toHaveLength(12);
    expect(html).toContain('data-status="under"');
    expect(text(html)).toContain(fill("budget.lineForm.planUnder", { amount: "Rp600.000" }));
  });
});
