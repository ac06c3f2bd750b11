import { Select } from 'antd';
import { useState } from 'react';
import { isProvincial, useUser } from '../auth/context';
import { useT } from '../i18n';
import { useZones } from './useZones';

/**
 * The zone a bureau page shows: a zone's users always see their own; provincial users choose one of
 * `zones` (default every zone; Zhuzhou first). Returns the zone and, for provincial users, a selector.
 */
export function useZonePicker({ zones, testId }: { zones?: readonly string[]; testId: string }) {
  const user = useUser();
  const t = useT();
  const { options } = useZones();
  const [chosen, setChosen] = useState('zhuzhou');
  const provincial = isProvincial(user);
  const zoneCode = provincial ? chosen : (user.zoneCode ?? chosen);
  const selector = provincial ? (
    <Select
      style={{ width: 260 }}
      value={chosen}
      onChange={setChosen}
      aria-label={t('common.zone')}
      options={zones ? options.filter((o) => zones.includes(o.value)) : options}
      data-testid={testId}
    />
  ) : null;
  return { zoneCode, selector, provincial };
}
