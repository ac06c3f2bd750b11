import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import { hasPermission } from './auth/context';
import { AppLayout } from './layout/AppLayout';
import { Allow, AnonymousOnly, HomeRedirect, RequireAuth } from './layout/guards';
import { RouteError } from './components/RouteError';
import { CalculatorFrame } from './components/policy/CalculatorFrame';
import { defaultQueue } from './components/subsidy/common';
import { canReadSamples, canReportMonthly } from './components/sample/common';
import { LoginPage } from './pages/LoginPage';

const RegisterPage = lazy(() => import('./pages/RegisterPage'));
const MyFilingPage = lazy(() => import('./pages/MyFilingPage'));
const FilingsPage = lazy(() => import('./pages/FilingsPage'));
const EnterpriseDetailPage = lazy(() => import('./pages/EnterpriseDetailPage'));
const ReviewQueuePage = lazy(() => import('./pages/ReviewQueuePage'));
const ImportPage = lazy(() => import('./pages/ImportPage'));
const AuditPage = lazy(() => import('./pages/AuditPage'));
const UsersPage = lazy(() => import('./pages/UsersPage'));
const TokensPage = lazy(() => import('./pages/TokensPage'));
const ClearanceUploadPage = lazy(() => import('./pages/ClearanceUploadPage'));
const ParcelsPage = lazy(() => import('./pages/ParcelsPage'));
const ParcelDetailPage = lazy(() => import('./pages/ParcelDetailPage'));
const CustomsQueuePage = lazy(() => import('./pages/CustomsQueuePage'));
const SummariesPage = lazy(() => import('./pages/SummariesPage'));
const SummaryDetailPage = lazy(() => import('./pages/SummaryDetailPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));
const PolicyCalculatorPage = lazy(() => import('./pages/PolicyCalculatorPage'));
const SubsidyApplicationsPage = lazy(() => import('./pages/SubsidyApplicationsPage'));
const SubsidyApplicationPage = lazy(() => import('./pages/SubsidyApplicationPage'));
const SubsidyReviewPage = lazy(() => import('./pages/SubsidyReviewPage'));
const SubsidyBudgetsPage = lazy(() => import('./pages/SubsidyBudgetsPage'));
const SubsidyNoticesPage = lazy(() => import('./pages/SubsidyNoticesPage'));
const TasksPage = lazy(() => import('./pages/TasksPage'));
const TaskDetailPage = lazy(() => import('./pages/TaskDetailPage'));
const GoalsPage = lazy(() => import('./pages/GoalsPage'));
const SampleReportsPage = lazy(() => import('./pages/SampleReportsPage'));
const MonthlyReportPage = lazy(() => import('./pages/MonthlyReportPage'));
// ECharts and the world atlas load with these two pages only
const DashboardPage = lazy(() => import('./pages/DashboardPage'));
const BigScreenPage = lazy(() => import('./pages/BigScreenPage'));

export const router = createBrowserRouter([
  {
    path: '/login',
    element: (
      <AnonymousOnly>
        <LoginPage />
      </AnonymousOnly>
    ),
  },
  {
    path: '/register',
    element: (
      <AnonymousOnly>
        <RegisterPage />
      </AnonymousOnly>
    ),
  },
  {
    // public: visitors see it in a frame of its own, signed-in users inside the layout with the menu
    path: '/calculator',
    element: <CalculatorFrame />,
    errorElement: <RouteError />,
    children: [{ index: true, element: <PolicyCalculatorPage /> }],
  },
  {
    // public too: the subsidy notices (公示), in the same frame as the calculator
    path: '/notices',
    element: <CalculatorFrame />,
    errorElement: <RouteError />,
    children: [{ index: true, element: <SubsidyNoticesPage /> }],
  },
  {
    element: <RequireAuth />,
    errorElement: <RouteError />,
    children: [
      {
        // the wall screen (数据大屏): full screen, outside the layout, so without header and menu
        path: 'bigscreen',
        element: (
          <Suspense fallback={<Spin size="large" className="page-spin" />}>
            <Allow when={(u) => u.role !== 'enterprise'}>
              <BigScreenPage />
            </Allow>
          </Suspense>
        ),
      },
      {
        element: <AppLayout />,
        children: [
          {
            // a page that fails to render shows the error inside the layout, menu still usable
            errorElement: <RouteError />,
            children: [
              { index: true, element: <HomeRedirect /> },
              {
                // statistics:read, which every role but the enterprise holds
                path: 'dashboard',
                element: (
                  <Allow when={(u) => u.role !== 'enterprise'}>
                    <DashboardPage />
                  </Allow>
                ),
              },
              {
                path: 'my-filing',
                element: (
                  <Allow when={(u) => u.role === 'enterprise'}>
                    <MyFilingPage />
                  </Allow>
                ),
              },
              {
                path: 'enterprises',
                element: (
                  <Allow when={(u) => hasPermission(u, 'enterprise:read')}>
                    <FilingsPage />
                  </Allow>
                ),
              },
              {
                path: 'enterprises/:id',
                element: (
                  <Allow when={(u) => hasPermission(u, 'enterprise:read')}>
                    <EnterpriseDetailPage />
                  </Allow>
                ),
              },
              {
                path: 'review',
                element: (
                  <Allow when={(u) => hasPermission(u, 'enterprise:review')}>
                    <ReviewQueuePage />
                  </Allow>
                ),
              },
              {
                path: 'clearance/upload',
                element: (
                  <Allow when={(u) => hasPermission(u, 'clearance:submit')}>
                    <ClearanceUploadPage />
                  </Allow>
                ),
              },
              {
                path: 'parcels',
                element: (
                  <Allow when={(u) => hasPermission(u, 'clearance:read')}>
                    <ParcelsPage />
                  </Allow>
                ),
              },
              {
                path: 'parcels/:id',
                element: (
                  <Allow when={(u) => hasPermission(u, 'clearance:read')}>
                    <ParcelDetailPage />
                  </Allow>
                ),
              },
              {
                path: 'customs-queue',
                element: (
                  <Allow when={(u) => u.role === 'customs'}>
                    <CustomsQueuePage />
                  </Allow>
                ),
              },
              {
                path: 'summaries',
                element: (
                  <Allow when={(u) => hasPermission(u, 'clearance:read')}>
                    <SummariesPage />
                  </Allow>
                ),
              },
              {
                path: 'summaries/:id',
                element: (
                  <Allow when={(u) => hasPermission(u, 'clearance:read')}>
                    <SummaryDetailPage />
                  </Allow>
                ),
              },
              {
                path: 'import',
                element: (
                  <Allow when={(u) => hasPermission(u, 'enterprise:import')}>
                    <ImportPage />
                  </Allow>
                ),
              },
              {
                path: 'audit',
                element: (
                  <Allow when={(u) => hasPermission(u, 'audit:read')}>
                    <AuditPage />
                  </Allow>
                ),
              },
              {
                path: 'users',
                element: (
                  <Allow when={(u) => hasPermission(u, 'user:manage')}>
                    <UsersPage />
                  </Allow>
                ),
              },
              {
                path: 'tokens',
                element: (
                  <Allow when={(u) => hasPermission(u, 'token:manage')}>
                    <TokensPage />
                  </Allow>
                ),
              },
              {
                path: 'subsidies',
                element: (
                  <Allow when={(u) => hasPermission(u, 'subsidy:apply')}>
                    <SubsidyApplicationsPage />
                  </Allow>
                ),
              },
              {
                path: 'subsidies/new',
                element: (
                  <Allow when={(u) => hasPermission(u, 'subsidy:apply')}>
                    <SubsidyApplicationPage />
                  </Allow>
                ),
              },
              {
                path: 'subsidies/:id',
                element: (
                  <Allow when={(u) => hasPermission(u, 'subsidy:read')}>
                    <SubsidyApplicationPage />
                  </Allow>
                ),
              },
              {
                path: 'subsidy-review',
                element: (
                  <Allow when={(u) => defaultQueue(u).length > 0}>
                    <SubsidyReviewPage />
                  </Allow>
                ),
              },
              {
                path: 'subsidy-budgets',
                element: (
                  <Allow when={(u) => hasPermission(u, 'subsidy-budget:read')}>
                    <SubsidyBudgetsPage />
                  </Allow>
                ),
              },
              {
                path: 'tasks',
                element: (
                  <Allow when={(u) => hasPermission(u, 'governance:read')}>
                    <TasksPage />
                  </Allow>
                ),
              },
              {
                path: 'tasks/:id',
                element: (
                  <Allow when={(u) => hasPermission(u, 'governance:read')}>
                    <TaskDetailPage />
                  </Allow>
                ),
              },
              {
                path: 'goals',
                element: (
                  <Allow when={(u) => hasPermission(u, 'governance:read')}>
                    <GoalsPage />
                  </Allow>
                ),
              },
              {
                path: 'sample',
                element: (
                  <Allow when={canReadSamples}>
                    <SampleReportsPage />
                  </Allow>
                ),
              },
              {
                path: 'my-monthly-report',
                element: (
                  <Allow when={canReportMonthly}>
                    <MonthlyReportPage />
                  </Allow>
                ),
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]);
