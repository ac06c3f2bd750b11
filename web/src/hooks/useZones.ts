import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/endpoints';
import type { Zone } from '../api/types';
import { useI18n } from '../i18n';

let cache: Promise<Zone[]> | null = null;

function loadZones(): Promise<Zone[]> {
  cache ??= api.zones().catch((error: unknown) => {
    cache = null;
    throw error;
  });
  return cache;
}

/** The pilot zones (public, read once per page load) and a name lookup in the current language. */
export function useZones() {
  const { lang } = useI18n();
  const [zones, setZones] = useState<Zone[]>([]);

  useEffect(() => {
    let live = true;
    loadZones()
      .then((list) => live && setZones(list))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const zoneName = useCallback(
    (code: string | null | undefined) => {
      if (!code) return '';
      const zone = zones.find((z) => z.code === code);
      if (!zone) return code;
      return lang === 'zh' ? zone.nameZh : zone.nameEn;
    },
    [zones, lang],
  );

  /** A short name for tables and the header: 株洲综试区 / Zhuzhou zone. */
  const zoneShort = useCallback(
    (code: string | null | undefined) => {
      if (!code) return '';
      const zone = zones.find((z) => z.code === code);
      if (!zone) return code;
      const city = lang === 'zh' ? /（(.+?)）/.exec(zone.nameZh)?.[1] : /\((.+?)\)/.exec(zone.nameEn)?.[1];
      if (!city) return lang === 'zh' ? zone.nameZh : zone.nameEn;
      return lang === 'zh' ? `${city}综试区` : `${city} zone`;
    },
    [zones, lang],
  );

  /** A district's name from its division code; any other text shows as it is. */
  const districtName = useCallback(
    (code: string | null | undefined) => {
      if (!code) return '';
      for (const zone of zones) {
        const district = zone.districts?.find((d) => d.code === code);
        if (district) return lang === 'zh' ? district.nameZh : district.nameEn;
      }
      return code;
    },
    [zones, lang],
  );

  /** The districts of one zone, or of every zone when none is given. */
  const districtOptions = (zoneCode?: string | null) =>
    zones
      .filter((z) => !zoneCode || z.code === zoneCode)
      .flatMap((z) => z.districts ?? [])
      .map((d) => ({ value: d.code, label: lang === 'zh' ? d.nameZh : d.nameEn }));

  const options = zones.map((z) => ({ value: z.code, label: lang === 'zh' ? z.nameZh : z.nameEn }));
  return { zones, zoneName, zoneShort, options, districtName, districtOptions };
}
