import { Badge, Card, Tabs, Tooltip, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { api } from '../api/endpoints';
import { ParcelsTable } from '../components/clearance/ParcelsTable';
import { PageTitle } from '../components/PageTitle';
import { useRequest } from '../hooks/useRequest';
import { useT, type MessageKey } from '../i18n';

/**
 * The tabs of the queue, each the customs statuses it lists (none: any) and whether of withdrawn
 * parcels; `counted` tabs show how many wait there. A withdrawn parcel is no longer customs' work,
 * whatever customs last answered: it has a tab of its own.
 */
const TABS = [
  {
    key: 'inspection',
    label: 'customsQueue.tab.inspection',
    statuses: ['500'],
    revoked: false,
    counted: true,
  },
  {
    key: 'accepted',
    label: 'customsQueue.tab.accepted',
    statuses: ['120', '399'],
    revoked: false,
    counted: true,
  },
  // Every parcel ever released: history, not work; its list shows its total.
  {
    key: 'released',
    label: 'customsQueue.tab.released',
    statuses: ['800'],
    revoked: undefined,
    counted: false,
  },
  { key: 'rejected', label: 'customsQueue.tab.rejected', statuses: ['100'], revoked: false, counted: true },
  {
    key: 'overLimit',
    label: 'customsQueue.tab.overLimit',
    statuses: ['-621005', '-621018'],
    revoked: false,
    counted: true,
  },
  { key: 'withdrawn', label: 'customsQueue.tab.withdrawn', statuses: [], revoked: true, counted: false },
] as const satisfies readonly {
  key: string;
  label: MessageKey;
  statuses: readonly string[];
  revoked: boolean | undefined;
  counted: boolean;
}[];

// Every counted tab is of parcels not withdrawn: one request counts them all.
const COUNTED = TABS.filter((tab) => tab.counted).flatMap((tab) => tab.statuses);

type TabKey = (typeof TABS)[number]['key'];

/** Customs' work queue: the zone's parcels with customs, a tab per state of customs work. */
export default function CustomsQueuePage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const active = TABS.find((tab) => tab.key === params.get('tab')) ?? TABS[0];
  const { data: counts } = useRequest((signal) => api.clearance.statusCounts(COUNTED, signal, 'false'), []);
  const countOf = (statuses: readonly string[]) =>
    counts ? statuses.reduce((n, s) => n + (counts[s] ?? 0), 0) : undefined;

  return (
    <>
      <PageTitle>{t('customsQueue.title')}</PageTitle>
      <Card>
        <Typography.Paragraph type="secondary">{t('customsQueue.intro')}</Typography.Paragraph>
        <Tabs
          activeKey={active.key}
          onChange={(key) => setParams({ tab: key as TabKey }, { replace: true })}
          items={TABS.map((tab) => ({
            key: tab.key,
            label: (
              // The customs status codes the tab lists, on hover: the count beside the name is parcels.
              <Tooltip
                title={
                  tab.statuses.length
                    ? `${t('parcel.customsStatus')} ${tab.statuses.join(', ')}`
                    : t('customsQueue.withdrawnHint')
                }
              >
                <span data-testid={`customs-queue-tab-${tab.key}`}>
                  {t(tab.label)}
                  {tab.counted && countOf(tab.statuses) !== undefined && (
                    <Badge
                      count={countOf(tab.statuses)}
                      showZero
                      overflowCount={999_999}
                      color={countOf(tab.statuses) ? undefined : '#bfbfbf'}
                      style={{ marginInlineStart: 6 }}
                      data-testid={`customs-queue-count-${tab.key}`}
                    />
                  )}
                </span>
              </Tooltip>
            ),
          }))}
        />
        <ParcelsTable customsStatus={active.statuses} revoked={active.revoked} />
      </Card>
    </>
  );
}
