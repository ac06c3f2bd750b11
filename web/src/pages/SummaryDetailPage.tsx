import { ArrowLeftOutlined, FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Input, Result, Skeleton, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Decimal } from 'decimal.js';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../api/client';
import { api } from '../api/endpoints';
import type { SummaryDetail, SummaryItem } from '../api/types';
import { Amount, TradeMode } from '../components/clearance/ParcelFields';
import { Code, Party, SummaryFlagTag, SummaryPeriod } from '../components/clearance/SummaryFields';
import { formatDateTime } from '../components/format';
import { PageTitle } from '../components/PageTitle';
import { useRequest } from '../hooks/useRequest';
import { useZones } from '../hooks/useZones';
import { useT } from '../i18n';

const mono = { fontFamily: 'monospace', whiteSpace: 'nowrap' } as const;
/** The DXP id CEB701 carries (BaseTransfer.dxpId): letters and digits, as the server takes it (≤ 30). */
const DXP_ID = /^[A-Za-z0-9]{1,30}$/;

/** The two documents of a summary: the CEB701 message (with the agent's DXP id) and the Excel report. */
function Downloads({ summary }: { summary: SummaryDetail }) {
  const t = useT();
  const [dxpId, setDxpId] = useState('');
  const id = dxpId.trim();
  const badId = id !== '' && !DXP_ID.test(id);
  const stem = `${summary.periodFrom}_${summary.id.slice(0, 8)}`;
  return (
    <Card title={t('summary.downloads')}>
      <Flex wrap gap={12} align="center">
        <Space.Compact>
          <Space.Addon>{t('summary.dxpId')}</Space.Addon>
          <Input
            allowClear
            maxLength={30}
            style={{ width: 220 }}
            placeholder={t('summary.dxpIdPlaceholder')}
            status={badId ? 'error' : undefined}
            value={dxpId}
            onChange={(e) => setDxpId(e.target.value)}
            data-testid="summary-dxp-id"
          />
        </Space.Compact>
        <Button
          icon={<FileTextOutlined />}
          href={api.clearance.summaryXmlUrl(summary.id, id || undefined)}
          download={`CEB701_${stem}.xml`}
          disabled={badId}
          data-testid="summary-download-xml"
        >
          {t('summary.downloadXml')}
        </Button>
        <Button
          icon={<FileExcelOutlined />}
          href={api.clearance.summaryReportUrl(summary.id)}
          download={`summary_${stem}.xlsx`}
          data-testid="summary-download-xlsx"
        >
          {t('summary.downloadExcel')}
        </Button>
      </Flex>
      <Typography.Paragraph type={badId ? 'danger' : 'secondary'} style={{ margin: '8px 0 0' }}>
        {t(badId ? 'summary.dxpIdInvalid' : 'summary.dxpIdHint')}
      </Typography.Paragraph>
    </Card>
  );
}

/** One summary declaration: its head, its goods merged by HS code, and the inventories it covers. */
export default function SummaryDetailPage() {
  const t = useT();
  const { zoneShort } = useZones();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, loading } = useRequest(() => api.clearance.summary(id), [id]);

  if (!data) {
    if (error instanceof ApiError && error.status === 404) {
      return (
        <Result
          status="404"
          title={t('error.notFound')}
          extra={<Link to="/summaries">{t('common.back')}</Link>}
        />
      );
    }
    if (error && !loading) return <Result status="warning" title={t('error.loadFailed')} />;
    return <Skeleton active />;
  }

  const h = data.head;
  const itemColumns: TableColumnsType<SummaryItem> = [
    { title: t('summary.gno'), key: 'n', width: 60, render: (_, _i, n) => n + 1 },
    { title: t('summary.gcode'), dataIndex: 'gcode', width: 120, render: (v: string) => <Code value={v} /> },
    { title: t('summary.gname'), dataIndex: 'gname', width: 160 },
    { title: t('summary.gmodel'), dataIndex: 'gmodel', width: 180 },
    {
      title: t('summary.goodsCountry'),
      dataIndex: 'country',
      width: 90,
      render: (v: string) => <Code value={v} />,
    },
    {
      title: t('summary.qty'),
      dataIndex: 'qty',
      width: 90,
      align: 'right',
      render: (v: string) => <span style={mono}>{v}</span>,
    },
    { title: t('summary.unit'), dataIndex: 'unit', width: 80, render: (v: string) => <Code value={v} /> },
    {
      title: t('summary.totalPrice'),
      dataIndex: 'totalPrice',
      width: 140,
      align: 'right',
      render: (v: string, i) => <Amount value={v} currency={i.currency} />,
    },
    {
      title: t('summary.currency'),
      dataIndex: 'currency',
      width: 70,
      render: (v: string) => <Code value={v} />,
    },
    { title: t('summary.lines'), dataIndex: 'lines', width: 100, align: 'right' },
  ];
  const inventoryColumns: TableColumnsType<{ invtNo: string; parcelId: string }> = [
    { title: t('summary.gno'), key: 'n', width: 60, render: (_, _i, n) => n + 1 },
    {
      title: t('parcel.invtNo'),
      dataIndex: 'invtNo',
      render: (invtNo: string, row) => (
        <Link
          to={`/parcels/${row.parcelId}`}
          style={{ fontFamily: 'monospace' }}
          data-testid={`summary-inventory-link-${invtNo}`}
        >
          {invtNo}
        </Link>
      ),
    },
  ];
  // Exact decimal sums: money is never added as floats.
  const total = data.items.reduce((sum, i) => sum.plus(i.totalPrice), new Decimal(0));
  const currencies = [...new Set(data.items.map((i) => i.currency))];

  return (
    <div className="page-stack">
      <PageTitle
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)}>
            {t('common.back')}
          </Button>
        }
      >
        {t('summary.detailTitle')}
      </PageTitle>
      <Card>
        <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
          <Space size="middle" wrap>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="summary-period">
              <SummaryPeriod summary={data} />
            </Typography.Title>
            <SummaryFlagTag flag={data.summaryFlag} />
          </Space>
          <Typography.Text type="secondary" style={{ ...mono, fontSize: 12 }} copyable={{ text: data.id }}>
            {data.id}
          </Typography.Text>
        </Flex>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} data-testid="summary-head">
          <Descriptions.Item label={t('summary.ebc')}>
            <Party name={h.ebcName} code={h.ebcCode} />
          </Descriptions.Item>
          <Descriptions.Item label={t('summary.agent')}>
            <Party name={h.agentName} code={h.agentCode} />
          </Descriptions.Item>
          <Descriptions.Item label={t('summary.owner')}>
            {h.ownerCode ? <Code value={h.ownerCode} /> : t('summary.ownerAny')}
          </Descriptions.Item>
          <Descriptions.Item label={t('summary.customsCode')}>
            <Code value={h.customsCode} />
          </Descriptions.Item>
          <Descriptions.Item label={t('summary.portCode')}>
            <Code value={h.portCode} />
          </Descriptions.Item>
          <Descriptions.Item label={t('summary.tradeMode')}>
            <TradeMode code={h.tradeMode} />
          </Descriptions.Item>
          <Descriptions.Item label={t('summary.trafMode')}>
            <Code value={h.trafMode} />
          </Descriptions.Item>
          <Descriptions.Item label={t('summary.country')}>
            <Code value={h.country} />
          </Descriptions.Item>
          <Descriptions.Item label={t('summary.inventoryCount')}>
            <span data-testid="summary-inventory-count">{data.inventoryCount}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('summary.totalValue')}>
            {/* lines in several currencies do not add up: then each line shows its own */}
            {currencies.length === 1 ? <Amount value={total.toFixed(5)} currency={currencies[0]!} /> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('common.zone')}>{zoneShort(data.zoneCode)}</Descriptions.Item>
          <Descriptions.Item label={t('common.createdAt')}>
            {formatDateTime(data.createdAt)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Downloads summary={data} />
      <Card title={t('summary.items')}>
        <Table<SummaryItem>
          rowKey={(i) => [i.gcode, i.gname, i.gmodel, i.country, i.currency, i.unit].join('|')}
          size="small"
          columns={itemColumns}
          dataSource={data.items}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 1090 }}
          data-testid="summary-items"
        />
      </Card>
      <Card title={t('summary.inventoriesTitle', { count: data.invtNos.length })}>
        <Typography.Paragraph type="secondary">{t('summary.inventoriesHint')}</Typography.Paragraph>
        <Table<{ invtNo: string; parcelId: string }>
          rowKey="invtNo"
          size="small"
          columns={inventoryColumns}
          dataSource={data.inventories}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          data-testid="summary-inventories"
        />
      </Card>
    </div>
  );
}
