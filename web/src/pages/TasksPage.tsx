import { Button, Card, Flex, Progress, Select, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api/endpoints';
import {
  GOVERNANCE_TASK_STATUSES,
  GOVERNANCE_UNITS,
  type GovernanceBoardRow,
  type GovernanceTask,
  type GovernanceTaskStatus,
  type GovernanceUnit,
} from '../api/types';
import { TaskStatusTag, useGovernanceZone, useUnitName } from '../components/governance/common';
import { PageTitle } from '../components/PageTitle';
import { useRequest } from '../hooks/useRequest';
import { useT, type MessageKey } from '../i18n';

interface Filters {
  unit?: GovernanceUnit;
  status?: GovernanceTaskStatus;
  /** From a board cell: the lead unit as the document names it (the server's `unit` also matches co-units). */
  leadUnit?: string;
}

/** The server's largest page: a zone's list has 34 tasks at most, so one page holds them all. */
const ALL = 100;

/** The leading group office's board (lead unit × status) and the zone's task list. */
export default function TasksPage() {
  const t = useT();
  const unitName = useUnitName();
  const { zoneCode, selector } = useGovernanceZone();
  const [filters, setFilters] = useState<Filters>({});

  const board = useRequest((signal) => api.governance.board(zoneCode, signal), [zoneCode]);
  const list = useRequest(
    (signal) =>
      api.governance.tasks({ zoneCode, unit: filters.unit, status: filters.status, pageSize: ALL }, signal),
    [zoneCode, filters.unit, filters.status],
  );
  const tasks = (list.data?.items ?? []).filter(
    (task) => !filters.leadUnit || task.leadUnit === filters.leadUnit,
  );
  const filtered =
    filters.unit !== undefined || filters.status !== undefined || filters.leadUnit !== undefined;

  const cell = (row: GovernanceBoardRow | null, status?: GovernanceTaskStatus) => {
    const n = status
      ? row
        ? row.counts[status]
        : board.data?.totals[status]
      : (row?.total ?? board.data?.total);
    return (
      <Button
        type="link"
        size="small"
        disabled={!n}
        danger={status === 'overdue' && !!n}
        onClick={() => setFilters({ status, leadUnit: row?.unit })}
        data-testid="gov-board-cell"
        data-unit={row?.unit ?? ''}
        data-status={status ?? 'total'}
        data-count={n ?? 0}
      >
        {n ?? 0}
      </Button>
    );
  };

  const boardColumns: TableColumnsType<GovernanceBoardRow> = [
    { title: t('gov.leadUnit'), dataIndex: 'unit', render: (u: string) => <span>{u}</span> },
    ...GOVERNANCE_TASK_STATUSES.map((status) => ({
      title: t(`gov.status.${status}` as MessageKey),
      key: status,
      align: 'right' as const,
      width: 110,
      render: (_: unknown, row: GovernanceBoardRow) => cell(row, status),
    })),
    {
      title: t('gov.total'),
      key: 'total',
      align: 'right',
      width: 90,
      render: (_, row) => cell(row),
    },
  ];

  const columns: TableColumnsType<GovernanceTask> = [
    {
      title: t('gov.source'),
      key: 'source',
      width: 200,
      render: (_, task) => (
        <Link to={`/tasks/${task.id}`} data-testid={`gov-task-link-${task.key}`}>
          <Tooltip title={task.document}>
            <span>{task.article}</span>
          </Tooltip>
        </Link>
      ),
    },
    {
      title: t('gov.text'),
      dataIndex: 'text',
      ellipsis: { showTitle: false },
      render: (text: string, task) => (
        <Tooltip title={text} placement="topLeft" styles={{ root: { maxWidth: 560 } }}>
          <span>{task.heading ? `${task.heading}：${text}` : text}</span>
        </Tooltip>
      ),
    },
    { title: t('gov.leadUnit'), dataIndex: 'leadUnit', width: 170 },
    {
      title: t('gov.coUnits'),
      dataIndex: 'coUnits',
      width: 200,
      render: (units: string[]) => (units.length ? units.join('、') : t('common.none')),
    },
    {
      title: t('gov.dueDate'),
      dataIndex: 'dueDate',
      width: 120,
      render: (due: string | null, task) =>
        due ? (
          <Typography.Text type={task.effectiveStatus === 'overdue' ? 'danger' : undefined}>
            {due}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('gov.noDueDate')}</Typography.Text>
        ),
    },
    {
      title: t('common.status'),
      dataIndex: 'effectiveStatus',
      width: 100,
      render: (status: GovernanceTaskStatus, task) => (
        <TaskStatusTag status={status} testId={`gov-task-status-${task.key}`} />
      ),
    },
    {
      title: t('gov.progress'),
      dataIndex: 'progressPercent',
      width: 150,
      render: (p: number, task) => (
        <Progress
          percent={p}
          size="small"
          status={task.effectiveStatus === 'overdue' ? 'exception' : undefined}
        />
      ),
    },
  ];

  return (
    <div className="page-stack">
      <PageTitle extra={selector}>{t('gov.tasksTitle')}</PageTitle>
      <Card
        title={t('gov.board')}
        extra={
          board.data && (
            <Typography.Text type="secondary">{t('gov.asOf', { date: board.data.asOf })}</Typography.Text>
          )
        }
        data-testid="gov-board"
      >
        <Typography.Paragraph type="secondary">{t('gov.boardHint')}</Typography.Paragraph>
        <Table<GovernanceBoardRow>
          size="small"
          rowKey="unit"
          pagination={false}
          loading={board.loading}
          columns={boardColumns}
          dataSource={board.data?.rows ?? []}
          summary={() =>
            board.data && (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <strong>{t('gov.total')}</strong>
                </Table.Summary.Cell>
                {GOVERNANCE_TASK_STATUSES.map((status, i) => (
                  <Table.Summary.Cell key={status} index={i + 1} align="right">
                    {cell(null, status)}
                  </Table.Summary.Cell>
                ))}
                <Table.Summary.Cell index={5} align="right">
                  <span data-testid="gov-board-total" data-total={board.data.total}>
                    {cell(null)}
                  </span>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )
          }
        />
      </Card>
      <Card
        title={t('gov.list')}
        extra={
          !list.loading && (
            <span data-testid="gov-list-count" data-total={tasks.length}>
              {t('gov.listCount', { total: tasks.length })}
            </span>
          )
        }
      >
        <Typography.Paragraph type="secondary">{t('gov.tasksIntro')}</Typography.Paragraph>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <Select<GovernanceUnit>
            allowClear
            style={{ width: 280 }}
            placeholder={t('gov.filterUnit')}
            value={filters.unit}
            onChange={(unit) => setFilters((f) => ({ ...f, unit, leadUnit: undefined }))}
            options={GOVERNANCE_UNITS.map((u) => ({ value: u, label: unitName(u) }))}
            data-testid="gov-filter-unit"
          />
          <Select<GovernanceTaskStatus>
            allowClear
            style={{ width: 160 }}
            placeholder={t('gov.filterStatus')}
            value={filters.status}
            onChange={(status) => setFilters((f) => ({ ...f, status }))}
            options={GOVERNANCE_TASK_STATUSES.map((s) => ({
              value: s,
              label: t(`gov.status.${s}` as MessageKey),
            }))}
            data-testid="gov-filter-status"
          />
          {filters.leadUnit && (
            <Tag
              closable
              onClose={() => setFilters((f) => ({ ...f, leadUnit: undefined }))}
              data-testid="gov-filter-lead"
            >
              {t('gov.filterLead', { unit: filters.leadUnit })}
            </Tag>
          )}
          {filtered && (
            <Button onClick={() => setFilters({})} data-testid="gov-filter-clear">
              {t('gov.clearFilters')}
            </Button>
          )}
        </Flex>
        <Table<GovernanceTask>
          rowKey="id"
          size="middle"
          loading={list.loading}
          columns={columns}
          dataSource={tasks}
          scroll={{ x: 1100 }}
          pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
          onRow={(task) => ({ 'data-testid': `gov-task-row-${task.key}` }) as HTMLAttributes<HTMLElement>}
          data-testid="gov-tasks-table"
        />
      </Card>
    </div>
  );
}
