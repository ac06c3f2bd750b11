import { ThunderboltOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, InputNumber, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { http } from '../../api/client';
import type { Page } from '../../api/types';
import { useRequest } from '../../hooks/useRequest';
import { useProblem } from '../../hooks/useProblem';
import { useI18n } from '../../i18n';
import { formatYuan } from '../policy/money';

/** A likely item of the automatic entitlement run (免申即享), as the server lists it. */
interface EntitlementItem {
  ruleId: string;
  citation: string;
  title: { zh: string; en: string };
  status: 'eligible' | 'undetermined';
  maximum: string | null;
  tier: { zh: string; en: string } | null;
  missingFacts: string[];
}

interface Entitlement {
  id: string;
  year: number;
  items: EntitlementItem[];
  totalMax: string;
  notes: { zh: string; en: string }[];
  applicationId: string | null;
  notifiedAt: string;
  readAt: string | null;
}

interface EntitlementRun {
  year: number;
  counts: {
    enterprises: number;
    withItems: number;
    draftsPrepared: number;
    notified: number;
    totalMax: string;
  };
}

/**
 * The enterprise's likely entitlements (免申即享): what the platform found from its own records, with the
 * pre-filled draft to open. Opening one marks it read.
 */
export function EntitlementsCard() {
  const { pick } = useI18n();
  const report = useProblem();
  const list = useRequest(
    (signal) => http.get<Page<Entitlement>>('/api/subsidy/entitlements', { pageSize: 20 }, signal),
    [],
  );
  const items = list.data?.items ?? [];
  // Shown only once something is found: an empty card that flashes while loading would say the opposite.
  if (!items.length) return null;

  const markRead = (e: Entitlement) => {
    if (e.readAt) return;
    http.post(`/api/subsidy/entitlements/${encodeURIComponent(e.id)}/read`, {}).catch(report);
  };

  return (
    <Card
      title={pick(
        '平台测算：您可能享受的奖补（免申即享）',
        'Found by the platform: subsidies you may receive',
      )}
      loading={list.loading}
      data-testid="sub-entitlements"
    >
      <List<Entitlement>
        dataSource={items}
        renderItem={(e) => (
          <List.Item
            key={e.id}
            data-testid={`sub-entitlement-${e.year}`}
            actions={
              e.applicationId
                ? [
                    <Link key="open" to={`/subsidies/${e.applicationId}`} onClick={() => markRead(e)}>
                      {pick('打开预填的申请', 'Open the pre-filled application')}
                    </Link>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  <span>{pick(`${e.year} 年度`, `Year ${e.year}`)}</span>
                  <span>
                    {pick('合计最高', 'up to')} {formatYuan(e.totalMax)} {pick('元', 'yuan')}
                  </span>
                  {!e.readAt && <Tag color="red">{pick('新', 'new')}</Tag>}
                </Space>
              }
              description={
                <Space direction="vertical" size={4}>
                  {e.items.map((i) => (
                    <span key={i.ruleId}>
                      <Tag color={i.status === 'eligible' ? 'green' : 'default'}>
                        {i.status === 'eligible' ? pick('符合', 'eligible') : pick('待定', 'undetermined')}
                      </Tag>
                      {i.citation} {pick(i.title.zh, i.title.en)}
                      {i.maximum !== null && ` — ${pick('最高', 'up to')} ${formatYuan(i.maximum)}`}
                    </span>
                  ))}
                  {e.notes.map((n) => (
                    <Typography.Text key={n.en} type="secondary">
                      {pick(n.zh, n.en)}
                    </Typography.Text>
                  ))}
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

/** The commerce bureau runs the automatic entitlement for a year of its zone and sees what it found. */
export function EntitlementRunCard() {
  const { pick } = useI18n();
  const { message } = App.useApp();
  const report = useProblem();
  const [year, setYear] = useState<number>(new Date().getFullYear() - 1);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<EntitlementRun>();

  const run = async () => {
    setBusy(true);
    try {
      const r = await http.post<EntitlementRun>('/api/subsidy/entitlement-runs', { year });
      setResult(r);
      message.success(pick('测算完成', 'Run finished'));
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={pick('免申即享测算', 'Automatic entitlement run')} data-testid="sub-entitlement-run">
      <Space wrap>
        <span>{pick('年度', 'Year')}</span>
        <InputNumber
          min={2019}
          max={new Date().getFullYear()}
          value={year}
          onChange={(v) => v !== null && setYear(v)}
          data-testid="sub-entitlement-year"
        />
        <Button
          type="primary"
          icon={<ThunderboltOutlined />}
          loading={busy}
          onClick={() => void run()}
          data-testid="sub-entitlement-run-button"
        >
          {pick('按平台数据测算并通知企业', 'Run over the platform’s data and notify enterprises')}
        </Button>
      </Space>
      {result ? (
        <Alert
          style={{ marginTop: 12 }}
          type="success"
          data-testid="sub-entitlement-result"
          message={pick(
            `${result.year} 年：${result.counts.enterprises} 家企业中 ${result.counts.withItems} 家可能享受奖补，合计最高 ${formatYuan(result.counts.totalMax)} 元；新预填申请 ${result.counts.draftsPrepared} 份，通知 ${result.counts.notified} 家`,
            `${result.year}: ${result.counts.withItems} of ${result.counts.enterprises} enterprises may receive subsidies, up to ${formatYuan(result.counts.totalMax)} yuan in all; ${result.counts.draftsPrepared} applications pre-filled, ${result.counts.notified} enterprises notified`,
          )}
        />
      ) : (
        <Empty
          style={{ marginTop: 12 }}
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={pick(
            '测算读取备案、店铺和已放行清单，找出每家企业可能享受的奖补，并为其预填申请',
            'The run reads filings, shops and released inventories, finds what each enterprise may receive, and pre-fills its application',
          )}
        />
      )}
    </Card>
  );
}
