import { Collapse, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type {
  FactsVocabulary,
  PolicyCatalogue,
  PolicyDocStatus,
  PolicyDocumentInfo,
  PolicyItemInfo,
} from '../../api/types';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n';
import type { I18n } from '../../i18n/context';

const STATUS_COLOR: Record<PolicyDocStatus, string> = {
  draft: 'orange',
  issued: 'blue',
  in_force: 'success',
  expired: 'default',
  not_yet_in_force: 'processing',
};

export function DocStatusTag({ status, on }: { status: PolicyDocStatus; on?: string }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="policy-doc-status" data-status={status}>
      {t(`calc.docStatus.${status}` as MessageKey)}
      {on && status !== 'draft' ? t('calc.statusOn', { on }) : ''}
    </Tag>
  );
}

/** What an item gives, in the document's words: the amount shape, or what kind of support it is. */
function supportText(item: PolicyItemInfo, { pick, t }: Pick<I18n, 'pick' | 't'>): string {
  if (item.amount) return pick(item.amount.zh, item.amount.en);
  if (item.kind === 'deferred' && item.deferredTo)
    return t('calc.deferredTo', { policy: pick(item.deferredTo.zh, item.deferredTo.en) });
  return t(`calc.kind.${item.kind}` as MessageKey);
}

function ItemsTable({ doc, vocab }: { doc: PolicyDocumentInfo; vocab: FactsVocabulary }) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const kindName = (k: string) => {
    const found = vocab.applicantKinds.find((x) => x.value === k);
    return found ? pick(found.zh, found.en) : k;
  };
  const columns: TableColumnsType<PolicyItemInfo> = [
    { title: t('calc.col.article'), dataIndex: 'articleLabel', width: 110 },
    {
      title: t('calc.col.item'),
      key: 'title',
      render: (_, i) => (
        <Flex vertical gap={2}>
          <span>{pick(i.title.zh, i.title.en)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {i.id}
            {i.oneOff ? ` · ${t('calc.oneOff')}` : ''}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('calc.for'),
      key: 'for',
      width: 180,
      render: (_, i) => i.beneficiaries.map(kindName).join(t('common.listSeparator')),
    },
    {
      title: t('calc.support'),
      key: 'support',
      render: (_, i) => (
        <Flex vertical gap={2}>
          <span>{supportText(i, i18n)}</span>
          {i.cap && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('calc.cap', { cap: pick(i.cap.zh, i.cap.en) })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
  ];
  return (
    <Table<PolicyItemInfo>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={doc.items}
      pagination={false}
      scroll={{ x: 800 }}
    />
  );
}

/** The zone's documents: 文号, issuer, status today (draft, in force, expired), validity, items. */
export function PolicyDocuments({
  catalogue,
  vocab,
}: {
  catalogue: PolicyCatalogue;
  vocab: FactsVocabulary;
}) {
  const { t, pick } = useI18n();
  return (
    <Flex vertical gap={12} data-testid="policy-documents">
      {catalogue.documents.map((doc) => (
        <div key={doc.key} data-testid={`policy-doc-${doc.key}`}>
          <Flex wrap gap={8} align="center" style={{ marginBottom: 8 }}>
            <Typography.Text strong>{doc.title}</Typography.Text>
            <DocStatusTag status={doc.status} on={catalogue.on} />
          </Flex>
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
            <Descriptions.Item label={t('calc.documents')}>
              {doc.docNumber ?? t('calc.docNumberNone')}
            </Descriptions.Item>
            <Descriptions.Item label={t('calc.issuer')}>
              {pick(doc.issuer.zh, doc.issuer.en)}
            </Descriptions.Item>
            <Descriptions.Item label={t('calc.validity')}>
              {t('calc.validityRange', {
                from: doc.validity.from ?? t('calc.validityOpen'),
                until: doc.validity.until ?? t('calc.validityOpen'),
              })}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
            {pick(doc.validityNote.zh, doc.validityNote.en)}
          </Typography.Paragraph>
          <Collapse
            size="small"
            items={[
              {
                key: 'items',
                label: t('calc.itemList', { count: doc.items.length }),
                children: <ItemsTable doc={doc} vocab={vocab} />,
              },
            ]}
          />
        </div>
      ))}
    </Flex>
  );
}
