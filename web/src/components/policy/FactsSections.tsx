import { Col, Collapse, Divider, Row, Typography } from 'antd';
import type { FactsVocabulary, PolicyCatalogue, PolicyFact } from '../../api/types';
import { useI18n } from '../../i18n';
import { FactField } from './FactField';
import type { FactSection, FactsLayout } from './factsForm';

/** Lists take the whole width; single values sit three to a row on a wide screen. */
function FactGrid({
  facts,
  vocab,
  catalogue,
}: {
  facts: PolicyFact[];
  vocab: FactsVocabulary;
  catalogue: PolicyCatalogue;
}) {
  return (
    <Row gutter={[24, 0]}>
      {facts.map((fact) => {
        const wide = fact.unit === 'records' || fact.unit === 'awards';
        return (
          <Col key={fact.id} xs={24} md={wide ? 24 : 12} xl={wide ? 24 : 8}>
            <FactField fact={fact} vocab={vocab} catalogue={catalogue} />
          </Col>
        );
      })}
    </Row>
  );
}

function Sections({
  sections,
  vocab,
  catalogue,
}: {
  sections: FactSection[];
  vocab: FactsVocabulary;
  catalogue: PolicyCatalogue;
}) {
  const { pick } = useI18n();
  return sections.map((s) => (
    <div key={s.group.id} data-testid={`fact-group-${s.group.id}`}>
      <Divider titlePlacement="start" plain>
        <Typography.Text strong>{pick(s.group.zh, s.group.en)}</Typography.Text>
      </Divider>
      <FactGrid facts={s.facts} vocab={vocab} catalogue={catalogue} />
    </div>
  ));
}

/**
 * The form's facts in three parts: what every item reads, what the chosen kind of applicant's items
 * read (by group), and the rest folded away (always rendered, so its values and errors are kept).
 */
export function FactsSections({
  layout,
  vocab,
  catalogue,
  moreOpen,
  onMoreOpen,
}: {
  layout: FactsLayout;
  vocab: FactsVocabulary;
  catalogue: PolicyCatalogue;
  moreOpen: boolean;
  onMoreOpen: (open: boolean) => void;
}) {
  const { t } = useI18n();
  const scope = catalogue.documents.find((d) => d.scope)?.scope;
  const moreCount = layout.more.reduce((n, s) => n + s.facts.length, 0);
  return (
    <>
      <Divider titlePlacement="start" plain>
        <Typography.Text strong>{t('calc.basic')}</Typography.Text>
      </Divider>
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        {scope ? t('calc.basicHint', { citation: scope.citation }) : t('calc.basicHintNoScope')}
      </Typography.Paragraph>
      <FactGrid facts={layout.basic} vocab={vocab} catalogue={catalogue} />
      <Sections sections={layout.main} vocab={vocab} catalogue={catalogue} />
      {moreCount > 0 && (
        <Collapse
          style={{ marginTop: 16 }}
          activeKey={moreOpen ? ['more'] : []}
          onChange={(keys) => onMoreOpen(keys.includes('more'))}
          items={[
            {
              key: 'more',
              forceRender: true,
              label: (
                <span data-testid="calc-more">
                  {t('calc.more', { count: moreCount })}
                  <Typography.Text type="secondary" style={{ marginLeft: 12, fontSize: 12 }}>
                    {t('calc.moreHint')}
                  </Typography.Text>
                </span>
              ),
              children: <Sections sections={layout.more} vocab={vocab} catalogue={catalogue} />,
            },
          ]}
        />
      )}
    </>
  );
}
