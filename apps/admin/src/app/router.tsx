import { lazy } from "react";
import { createBrowserRouter, Navigate } from "react-router-dom";
import { LoginPage } from "../features/auth/pages/login.page";
import { BudgetPage } from "../features/budget/pages/budget.page";
import { CompliancePage } from "../features/compliance/pages/compliance.page";
import { DeliveryPage } from "../features/delivery/pages/delivery.page";
import { EvaluationPage } from "../features/evaluation/pages/evaluation.page";
import { EmployeeDetailPage } from "../features/organization/pages/employee-detail.page";
import { EmployeeFormPage } from "../features/organization/pages/employee-form.page";
import { EmployeesListPage } from "../features/organization/pages/employees-list.page";
import { UnitsPage } from "../features/organization/pages/units.page";
import { SurveysPage } from "../features/surveys/pages/surveys.page";
import { NotFound } from "../ui/not-found";
import { AppLayout } from "./layout";
import { RequireAuth } from "./require-auth";
import { RequireEditor } from "./require-editor";

// GraphiQL and Monaco are large: loaded only when the explorer is opened.
const ExplorerPage = lazy(() => import("../features/explorer/pages/explorer.page"));
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

export const router = createBrowserRouter([
  { path: "/login", element: <LoginPage /> },
  {
    path: "/",
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Navigate to="/employees" replace /> },
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
      { path: "delivery", element: <DeliveryPage /> },
      { path: "evaluation", element: <EvaluationPage /> },
      { path: "surveys", element: <SurveysPage /> },
      { path: "budget", element: <BudgetPage /> },
      { path: "compliance", element: <CompliancePage /> },
      { path: "explorer", element: <ExplorerPage /> },
      { path: "*", element: <NotFound /> },
    ],
  },
]);
