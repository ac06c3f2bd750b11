import { Card, Typography } from 'antd';
import { isProvincial, useUser } from '../auth/context';
import { ParcelsTable } from '../components/clearance/ParcelsTable';
import { PageTitle } from '../components/PageTitle';
import { useT } from '../i18n';

/** The parcels (inventories) in the caller's scope: an enterprise's own, the zone's for customs and bureaus. */
export default function ParcelsPage() {
  const t = useT();
  const user = useUser();
  const intro =
    user.role === 'enterprise'
      ? t('parcel.introEnterprise')
      : isProvincial(user)
        ? t('parcel.introProvince')
        : t('parcel.introZone');
  return (
    <>
      <PageTitle>{t('parcel.listTitle')}</PageTitle>
      <Card>
        <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
        <ParcelsTable />
      </Card>
    </>
  );
}
