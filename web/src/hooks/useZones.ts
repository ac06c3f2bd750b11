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

  const options = zones.map((z) => ({ value: z.code, label: lang === 'zh' ? z.nameZh : z.nameEn }));
  return { zones, zoneName, options };
}
