import { lazy, Suspense, type ReactNode } from "react";
import { createBrowserRouter, Navigate } from "react-router-dom";
import { RequireAuth } from "./require-auth";

/*
 * Every page is its own chunk, loaded when first opened: the first route (the login form, or the employees list)
 * loads only its own antd components, not those of every page (issue 7: first route under 250 KB gzipped).
 */
const LoginPage = lazy(() => import("../features/auth/pages/login.page").then((m) => ({ default: m.LoginPage })));
// The shell (side menu, header) is not needed by the login form.
const AppLayout = lazy(() => import("./layout").then((m) => ({ default: m.AppLayout })));
const EmployeesListPage = lazy(() => import("../features/organization/pages/employees-list.page").then((m) => ({ default: m.EmployeesListPage })));
const EmployeeDetailPage = lazy(() => import("../features/organization/pages/employee-detail.page").then((m) => ({ default: m.EmployeeDetailPage })));
const EmployeeFormPage = lazy(() => import("../features/organization/pages/employee-form.page").then((m) => ({ default: m.EmployeeFormPage })));
const UnitsPage = lazy(() => import("../features/organization/pages/units.page").then((m) => ({ default: m.UnitsPage })));
const BudgetPage = lazy(() => import("../features/budget/pages/budget.page").then((m) => ({ default: m.BudgetPage })));
const CompliancePage = lazy(() => import("../features/compliance/pages/compliance.page").then((m) => ({ default: m.CompliancePage })));
const DeliveryPage = lazy(() => import("../features/delivery/pages/delivery.page").then((m) => ({ default: m.DeliveryPage })));
const EvaluationPage = lazy(() => import("../features/evaluation/pages/evaluation.page").then((m) => ({ default: m.EvaluationPage })));
const ComplianceDashboardPage = lazy(() => import("../features/compliance/pages/compliance-dashboard.page").then((m) => ({ default: m.ComplianceDashboardPage })));
const VerificationPage = lazy(() => import("../features/compliance/pages/verification.page").then((m) => ({ default: m.VerificationPage })));
const RecordNewPage = lazy(() => import("../features/compliance/pages/record-new.page").then((m) => ({ default: m.RecordNewPage })));
const SurveysPage = lazy(() => import("../features/surveys/pages/surveys.page").then((m) => ({ default: m.SurveysPage })));
// Its 403 result (antd's Result with its pictures) is needed only when an analyst opens an editing page.
const RequireEditor = lazy(() => import("./require-editor").then((m) => ({ default: m.RequireEditor })));
const NotFound = lazy(() => import("../ui/not-found").then((m) => ({ default: m.NotFound })));

/** Outside the shell (whose content has its own fallback) a page loads on a blank screen: it takes a moment only. */
const Page = ({ children }: { readonly children: ReactNode }) => <Suspense fallback={null}>{children}</Suspense>;

// GraphiQL and Monaco are large: loaded only when the explorer is opened.
const ExplorerPage = lazy(() => import("../features/explorer/pages/explorer.page"));
// The home page at `/` (the year's cycle at a glance): its own chunk.
const HomePage = lazy(() => import("../features/home/pages/home.page"));
// The needs and planning stages: their own chunks, loaded when first opened.
const NeedsPage = lazy(() => import("../features/needs/pages/needs.page"));
const NeedsHeatmapPage = lazy(() => import("../features/needs/pages/needs-heatmap.page"));
const NeedsPrioritiesPage = lazy(() => import("../features/needs/pages/needs-priorities.page"));
const NeedsJpmPage = lazy(() => import("../features/needs/pages/needs-jpm.page"));
const NeedsTargetPage = lazy(() => import("../features/needs/pages/needs-target.page"));
const CompetenciesPage = lazy(() => import("../features/needs/pages/competencies.page"));
const AssessmentsPage = lazy(() => import("../features/needs/pages/assessments.page"));
const ProposalsPage = lazy(() => import("../features/needs/pages/proposals.page"));
const PlanningPage = lazy(() => import("../features/planning/pages/planning.page"));
// The delivery stage: catalogue, calendar, batch page, speakers and nominations, each its own chunk.
const ProgrammesPage = lazy(() => import("../features/delivery/pages/programmes.page"));
const DeliveryCalendarPage = lazy(() => import("../features/delivery/pages/calendar.page"));
const BatchPage = lazy(() => import("../features/delivery/pages/batch.page"));
const SpeakersPage = lazy(() => import("../features/delivery/pages/speakers.page"));
const NominationsPage = lazy(() => import("../features/delivery/pages/nominations.page"));
// The evaluation stage's batch page (the four levels of one batch): its own chunk.
const BatchEvaluationPage = lazy(() => import("../features/evaluation/pages/batch-evaluation.page"));
// The survey stage (SKM): the IKM dashboard, a service unit's page and the settings, each its own chunk.
const SurveysDashboardPage = lazy(() => import("../features/surveys/pages/surveys-dashboard.page"));
const ServiceUnitPage = lazy(() => import("../features/surveys/pages/service-unit.page"));
const SurveysSettingsPage = lazy(() => import("../features/surveys/pages/surveys-settings.page"));
// The budget stage's line page (spending entries, attachments, history) and revisions: their own chunks.
const BudgetLinePage = lazy(() => import("../features/budget/pages/budget-line.page"));
const BudgetRevisionsPage = lazy(() => import("../features/budget/pages/budget-revisions.page"));

export const router = createBrowserRouter([
  { path: "/login", element: <Page><LoginPage /></Page> },
  {
    path: "/",
    element: (
      <RequireAuth>
        <Page>
          <AppLayout />
        </Page>
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: "employees", element: <EmployeesListPage /> },
      { path: "employees/new", element: <RequireEditor><EmployeeFormPage /></RequireEditor> },
      { path: "employees/:id", element: <EmployeeDetailPage /> },
      { path: "employees/:id/edit", element: <RequireEditor><EmployeeFormPage /></RequireEditor> },
      { path: "units", element: <UnitsPage /> },
      {
        path: "needs",
        element: <NeedsPage />,
        children: [
          { index: true, element: <Navigate to="heatmap" replace /> },
          { path: "heatmap", element: <NeedsHeatmapPage /> },
          { path: "priorities", element: <NeedsPrioritiesPage /> },
          { path: "jpm", element: <NeedsJpmPage /> },
          { path: "target", element: <NeedsTargetPage /> },
          { path: "competencies", element: <CompetenciesPage /> },
          { path: "assessments", element: <RequireEditor><AssessmentsPage /></RequireEditor> },
          { path: "proposals", element: <ProposalsPage /> },
        ],
      },
      { path: "planning", element: <PlanningPage /> },
      {
        path: "delivery",
        element: <DeliveryPage />,
        children: [
          { index: true, element: <ProgrammesPage /> },
          { path: "calendar", element: <DeliveryCalendarPage /> },
          { path: "batches/:id", element: <BatchPage /> },
          { path: "speakers", element: <SpeakersPage /> },
          { path: "nominations", element: <NominationsPage /> },
        ],
      },
      { path: "evaluation", element: <EvaluationPage /> },
      { path: "evaluation/batches/:batchId", element: <BatchEvaluationPage /> },
      {
        path: "surveys",
        element: <SurveysPage />,
        children: [
          { index: true, element: <SurveysDashboardPage /> },
          { path: "units/:id", element: <ServiceUnitPage /> },
          { path: "settings", element: <SurveysSettingsPage /> },
        ],
      },
      { path: "budget", element: <BudgetPage /> },
      { path: "budget/lines/:id", element: <BudgetLinePage /> },
      { path: "budget/revisions", element: <BudgetRevisionsPage /> },
      {
        path: "compliance",
        element: <CompliancePage />,
        children: [
          { index: true, element: <ComplianceDashboardPage /> },
          { path: "verification", element: <VerificationPage /> },
          { path: "records/new", element: <RequireEditor><RecordNewPage /></RequireEditor> },
        ],
      },
      { path: "explorer", element: <ExplorerPage /> },
      { path: "*", element: <NotFound /> },
    ],
  },
]);
