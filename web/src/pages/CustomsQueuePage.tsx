import { Card, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { ParcelsTable } from '../components/clearance/ParcelsTable';
import { PageTitle } from '../components/PageTitle';
import { useT, type MessageKey } from '../i18n';

/** The tabs of the queue, each the customs statuses it lists. */
const TABS = [
  { key: 'inspection', label: 'customsQueue.tab.inspection', statuses: ['500'] },
  { key: 'accepted', label: 'customsQueue.tab.accepted', statuses: ['120', '399'] },
  { key: 'released', label: 'customsQueue.tab.released', statuses: ['800'] },
  { key: 'rejected', label: 'customsQueue.tab.rejected', statuses: ['100'] },
  { key: 'overLimit', label: 'customsQueue.tab.overLimit', statuses: ['-621005', '-621018'] },
] as const satisfies readonly { key: string; label: MessageKey; statuses: readonly string[] }[];

type TabKey = (typeof TABS)[number]['key'];

/** Customs' work queue: the zone's parcels with customs, a tab per state of customs work. */
export default function CustomsQueuePage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const active = TABS.find((tab) => tab.key === params.get('tab')) ?? TABS[0];

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
              <span data-testid={`customs-queue-tab-${tab.key}`}>
                {t(tab.label)}{' '}
                <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
                  {tab.statuses.join(',')}
                </Typography.Text>
              </span>
            ),
          }))}
        />
        <ParcelsTable customsStatus={active.statuses} />
      </Card>
    </>
  );
}
