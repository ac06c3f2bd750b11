import { Descriptions } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { Enterprise } from '../../api/types';
import { useZones } from '../../hooks/useZones';
import { useT } from '../../i18n';
import { EnterpriseRoleTags } from '../EnterpriseRoleTags';
import { formatDateTime, orDash } from '../format';
import { useLabels } from '../labels';

/** The filing's current values (personal data arrives masked from the server). */
export function EnterpriseDescriptions({ enterprise: e }: { enterprise: Enterprise }) {
  const t = useT();
  const labels = useLabels();
  const { zoneName, districtName } = useZones();
  const items: DescriptionsProps['items'] = [
    { key: 'name', label: t('filing.name'), children: e.name, span: 'filled' },
    { key: 'kind', label: t('filing.kind'), children: labels.kind(e.kind) },
    e.kind === 'individual'
      ? { key: 'residentId', label: t('filing.residentId'), children: orDash(e.residentIdMasked) }
      : { key: 'uscc', label: t('filing.uscc'), children: orDash(e.uscc) },
    { key: 'customsCode', label: t('filing.customsCode'), children: orDash(e.customsCode) },
    {
      key: 'roles',
      label: t('filing.roles'),
      children: <EnterpriseRoleTags roles={e.roles} />,
      span: 'filled',
    },
    { key: 'zone', label: t('filing.zone'), children: zoneName(e.zoneCode) },
    { key: 'district', label: t('filing.district'), children: orDash(districtName(e.district)) },
    { key: 'park', label: t('filing.park'), children: orDash(e.park) },
    { key: 'address', label: t('filing.address'), children: orDash(e.address), span: 'filled' },
    { key: 'contactName', label: t('filing.contactName'), children: orDash(e.contactName) },
    { key: 'contactPhone', label: t('filing.contactPhone'), children: orDash(e.contactPhone) },
    { key: 'contactEmail', label: t('filing.contactEmail'), children: orDash(e.contactEmail) },
    { key: 'submittedAt', label: t('filing.submittedAt'), children: formatDateTime(e.submittedAt) },
    { key: 'approvedAt', label: t('filing.approvedAt'), children: formatDateTime(e.approvedAt) },
    { key: 'updatedAt', label: t('common.updatedAt'), children: formatDateTime(e.updatedAt) },
  ];
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      items={items}
      styles={{ label: { whiteSpace: 'nowrap', width: 140 } }}
    />
  );
}
