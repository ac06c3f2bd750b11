import {
  AccountBookOutlined,
  AimOutlined,
  AuditOutlined,
  CarryOutOutlined,
  GiftOutlined,
  NotificationOutlined,
  SafetyCertificateOutlined,
  CalculatorOutlined,
  DashboardOutlined,
  ContainerOutlined,
  FileSyncOutlined,
  InboxOutlined,
  CloudUploadOutlined,
  FileProtectOutlined,
  KeyOutlined,
  ReconciliationOutlined,
  SolutionOutlined,
  TeamOutlined,
  UnorderedListOutlined,
  FundOutlined,
  FormOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role, User } from '../api/types';
import { hasPermission } from '../auth/context';
import { defaultQueue } from '../components/subsidy/common';
import { canReadSamples, canReportMonthly } from '../components/sample/common';
import type { MessageKey } from '../i18n';

export interface NavItem {
  key: string;
  path: string;
  label: MessageKey;
  icon: ReactNode;
  /** data-testid of the menu entry. */
  testId: string;
  visible: (user: User) => boolean;
}

/** The side menu, in order; each entry shows only to the users its predicate admits. */
export const NAV_ITEMS: readonly NavItem[] = [
  {
    // the zone's figures (statistics:read): every role but the enterprise
    key: 'dashboard',
    path: '/dashboard',
    label: 'menu.dashboard',
    icon: <DashboardOutlined />,
    testId: 'menu-dashboard',
    visible: (u) => u.role !== 'enterprise',
  },
  {
    key: 'my-filing',
    path: '/my-filing',
    label: 'menu.myFiling',
    icon: <SolutionOutlined />,
    testId: 'menu-my-filing',
    visible: (u) => u.role === 'enterprise',
  },
  {
    key: 'review',
    path: '/review',
    label: 'menu.review',
    icon: <FileProtectOutlined />,
    testId: 'menu-review',
    visible: (u) => hasPermission(u, 'enterprise:review'),
  },
  {
    key: 'enterprises',
    path: '/enterprises',
    label: 'menu.filings',
    icon: <UnorderedListOutlined />,
    testId: 'menu-filings',
    visible: (u) => u.role !== 'enterprise' && hasPermission(u, 'enterprise:read'),
  },
  {
    key: 'clearance-upload',
    path: '/clearance/upload',
    label: 'menu.clearanceUpload',
    icon: <FileSyncOutlined />,
    testId: 'menu-clearance-upload',
    visible: (u) => hasPermission(u, 'clearance:submit'),
  },
  {
    key: 'parcels',
    path: '/parcels',
    label: 'menu.parcels',
    icon: <InboxOutlined />,
    testId: 'menu-parcels',
    visible: (u) => hasPermission(u, 'clearance:read'),
  },
  {
    key: 'customs-queue',
    path: '/customs-queue',
    label: 'menu.customsQueue',
    icon: <ContainerOutlined />,
    testId: 'menu-customs-queue',
    visible: (u) => u.role === 'customs',
  },
  {
    key: 'summaries',
    path: '/summaries',
    label: 'menu.summaries',
    icon: <ReconciliationOutlined />,
    testId: 'menu-summaries',
    visible: (u) => hasPermission(u, 'clearance:read'),
  },
  {
    key: 'import',
    path: '/import',
    label: 'menu.import',
    icon: <CloudUploadOutlined />,
    testId: 'menu-import',
    visible: (u) => hasPermission(u, 'enterprise:import'),
  },
  {
    key: 'audit',
    path: '/audit',
    label: 'menu.audit',
    icon: <AuditOutlined />,
    testId: 'menu-audit',
    visible: (u) => hasPermission(u, 'audit:read'),
  },
  {
    key: 'users',
    path: '/users',
    label: 'menu.users',
    icon: <TeamOutlined />,
    testId: 'menu-users',
    visible: (u) => hasPermission(u, 'user:manage'),
  },
  {
    key: 'tokens',
    path: '/tokens',
    label: 'menu.tokens',
    icon: <KeyOutlined />,
    testId: 'menu-tokens',
    visible: (u) => hasPermission(u, 'token:manage'),
  },
  {
    key: 'subsidies',
    path: '/subsidies',
    label: 'menu.subsidies',
    icon: <GiftOutlined />,
    testId: 'menu-subsidies',
    visible: (u) => hasPermission(u, 'subsidy:apply'),
  },
  {
    key: 'subsidy-review',
    path: '/subsidy-review',
    label: 'menu.subsidyReview',
    icon: <SafetyCertificateOutlined />,
    testId: 'menu-subsidy-review',
    visible: (u) => defaultQueue(u).length > 0,
  },
  {
    key: 'subsidy-budgets',
    path: '/subsidy-budgets',
    label: 'menu.subsidyBudgets',
    icon: <AccountBookOutlined />,
    testId: 'menu-subsidy-budgets',
    visible: (u) => hasPermission(u, 'subsidy-budget:read'),
  },
  {
    key: 'tasks',
    path: '/tasks',
    label: 'menu.tasks',
    icon: <CarryOutOutlined />,
    testId: 'menu-tasks',
    visible: (u) => hasPermission(u, 'governance:read'),
  },
  {
    key: 'goals',
    path: '/goals',
    label: 'menu.goals',
    icon: <AimOutlined />,
    testId: 'menu-goals',
    visible: (u) => hasPermission(u, 'governance:read'),
  },
  {
    // the commerce bureau keeps the list; every bureau reads it (statistics:read)
    key: 'sample',
    path: '/sample',
    label: 'menu.sample',
    icon: <FundOutlined />,
    testId: 'menu-sample',
    visible: canReadSamples,
  },
  {
    // enterprises with filed shops report monthly; sampled ones must (sample:report)
    key: 'my-monthly-report',
    path: '/my-monthly-report',
    label: 'menu.myMonthlyReport',
    icon: <FormOutlined />,
    testId: 'menu-my-monthly-report',
    visible: canReportMonthly,
  },
  {
    // public (公示)
    key: 'notices',
    path: '/notices',
    label: 'menu.notices',
    icon: <NotificationOutlined />,
    testId: 'menu-notices',
    visible: () => true,
  },
  {
    // public (no login needed); last, so it is nobody's home page while they have another
    key: 'calculator',
    path: '/calculator',
    label: 'menu.calculator',
    icon: <CalculatorOutlined />,
    testId: 'menu-calculator',
    visible: () => true,
  },
];

export function visibleNav(user: User): NavItem[] {
  return NAV_ITEMS.filter((item) => item.visible(user));
}

/** The bureaus and the leading group office start on the dashboard (数据看板). */
const DASHBOARD_HOME: ReadonlySet<Role> = new Set<Role>([
  'commerce',
  'finance',
  'customs',
  'tax',
  'fx',
  'market_regulation',
  'postal',
  'leading_group',
]);

/**
 * Where a user lands after logging in: the dashboard for the bureaus, otherwise the first entry of their
 * menu after the dashboard (administrators and auditors keep the pages of their work).
 */
export function homePath(user: User): string {
  if (DASHBOARD_HOME.has(user.role)) return '/dashboard';
  return visibleNav(user).find((item) => item.key !== 'dashboard')?.path ?? '/enterprises';
}
