import { Card, Empty, Flex, Progress, Statistic, Table, Tag, Typography } from 'antd';
import { api } from '../../api/endpoints';
import { CLIMATE_QUESTIONS, type MonthClimate } from '../../api/types';
import { useRequest } from '../../hooks/useRequest';
import { useT, type MessageKey } from '../../i18n';

const READING_COLORS = { expanding: 'success', neutral: 'default', contracting: 'error' } as const;
const TREND_MONTHS = 6;

/**
 * The zone's business-climate diffusion index (景气指数) of a month: the composite against the boom-bust
 * line, each question's index with its answers, and the months before.
 */
export function ClimateCard({ zoneCode, month }: { zoneCode: string; month: string }) {
  const t = useT();
  const { data, loading } = useRequest(
    (signal) => api.sample.climate({ zoneCode, month, months: TREND_MONTHS }, signal),
    [zoneCode, month],
  );
  const current = data?.current;
  return (
    <Card title={t('sample.climate')} loading={loading && !data} data-testid="sample-climate">
      <Typography.Paragraph type="secondary">{t('sample.climateHint')}</Typography.Paragraph>
      {current && current.composite === null && (
        <Empty description={t('sample.noIndex')} data-testid="sample-climate-empty" />
      )}
      {current && current.composite !== null && (
        <>
          <Flex gap={32} wrap align="center" style={{ marginBottom: 16 }}>
            <Statistic
              title={t('sample.composite')}
              value={current.composite.toFixed(1)}
              data-testid="sample-climate-composite"
              data-value={current.composite}
              data-respondents={current.respondents}
            />
            <div>
              {current.reading && (
                <Tag color={READING_COLORS[current.reading]} data-testid="sample-climate-reading">
                  {t(`sample.reading.${current.reading}` as MessageKey)}
                </Tag>
              )}
              <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                {t('sample.respondents', { sampled: current.sampled, respondents: current.respondents })}
              </Typography.Paragraph>
            </div>
          </Flex>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={CLIMATE_QUESTIONS.map((key) => ({ key, ...current.questions[key] }))}
            columns={[
              {
                title: t('sample.question'),
                dataIndex: 'key',
                render: (key: string) => t(`sample.q.${key}` as MessageKey),
              },
              { title: t('sample.answer.up'), dataIndex: 'up', align: 'right', width: 64 },
              { title: t('sample.answer.flat'), dataIndex: 'flat', align: 'right', width: 64 },
              { title: t('sample.answer.down'), dataIndex: 'down', align: 'right', width: 64 },
              {
                title: t('sample.index'),
                dataIndex: 'index',
                width: 170,
                render: (index: number | null) =>
                  index === null ? (
                    '—'
                  ) : (
                    <Progress
                      percent={index}
                      size="small"
                      format={(p) => (p ?? 0).toFixed(1)}
                      status={index < 50 ? 'exception' : 'normal'}
                    />
                  ),
              },
            ]}
          />
        </>
      )}
      {data && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('sample.trend', { n: data.trend.length })}
          </Typography.Title>
          <Table<MonthClimate>
            size="small"
            rowKey="month"
            pagination={false}
            dataSource={[...data.trend].reverse()}
            data-testid="sample-climate-trend"
            columns={[
              { title: t('sample.month'), dataIndex: 'month', width: 100 },
              {
                title: t('sample.composite'),
                dataIndex: 'composite',
                align: 'right',
                render: (v: number | null) =>
                  v === null ? (
                    '—'
                  ) : (
                    <Typography.Text type={v < 50 ? 'danger' : v > 50 ? 'success' : undefined}>
                      {v.toFixed(1)}
                    </Typography.Text>
                  ),
              },
              {
                title: t('sample.respondentsShort'),
                key: 'n',
                align: 'right',
                render: (_, m) => `${m.respondents} / ${m.sampled}`,
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
