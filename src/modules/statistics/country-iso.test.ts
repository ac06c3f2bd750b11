/**
 * The web map's table from customs country codes to ISO 3166-1 numeric: every name is the customs table's
 * own, and every ISO code names the same country in the world atlas (Natural Earth 1:50m, the finer one,
 * which has the small states the map's 1:110m leaves out), so a code shifted by one row fails here.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import {
  COUNTRY_ISO,
  countryOfIso,
  isoOfCustoms,
} from '../../../web/src/components/statistics/country-iso.js';
import { countryCodes } from '../../shared/code-tables.js';

interface Atlas {
  objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } };
}
const atlas = createRequire(import.meta.url)('world-atlas/countries-50m.json') as Atlas;

/** The atlas's names of each ISO code (036 is Australia and the Ashmore and Cartier Islands). */
const atlasNames = new Map<string, string[]>();
for (const g of atlas.objects.countries.geometries)
  if (g.id) atlasNames.set(g.id, [...(atlasNames.get(g.id) ?? []), g.properties.name]);

/** Where the customs table and Natural Earth spell a country differently: customs name → atlas name. */
const ALIASES: Record<string, string> = {
  'Korea, DPR': 'North Korea',
  'Laos, PDR': 'Laos',
  Macau: 'Macao',
  'Korea, Rep.': 'South Korea',
  'Republic of Yemen': 'Yemen',
  'Taiwan prov.': 'Taiwan',
  'East Timor': 'Timor-Leste',
  'Cape Verde': 'Cabo Verde',
  'Equatorial Guinea': 'Eq. Guinea',
  "Cote d'Ivoire": "Côte d'Ivoire",
  'Sao Tome & Principe': 'São Tomé and Principe',
  'Western Sahara': 'W. Sahara',
  'Congo, DR': 'Dem. Rep. Congo',
  Swaziland: 'eSwatini',
  'Czech Rep.': 'Czechia',
  'North Macedonia': 'Macedonia',
  'Bosnia & Herzegovina': 'Bosnia and Herz.',
  'Vatican City State': 'Vatican',
  'Faroe Islands': 'Faeroe Is.',
  'Antigua & Barbuda': 'Antigua and Barb.',
  Curacao: 'Curaçao',
  'Saint Vincent & Grenadines': 'St. Vin. and Gren.',
  'Trinidad & Tobago': 'Trinidad and Tobago',
  'Turks & Caicos Is.': 'Turks and Caicos Is.',
  'St. Kitts-Nevis': 'St. Kitts and Nevis',
  'United States': 'United States of America',
  'Norfolk Is.': 'Norfolk Island',
  'Micronesia, Fed. States': 'Micronesia',
  'French Polynesia': 'Fr. Polynesia',
  'Wallis and Futuna': 'Wallis and Futuna Is.',
};

/** In the table but drawn by Natural Earth as part of another country (or too small for 1:50m). */
const NOT_IN_ATLAS = ['237', '259', '320', '420', '422', '428', '619'];

const plain = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');

describe('customs country codes to ISO 3166-1 numeric (the web map)', () => {
  it('names each customs code as the customs table does', () => {
    const table = countryCodes();
    for (const c of COUNTRY_ISO) {
      const entry = table.get(c.customs);
      assert.ok(entry, `${c.customs} is a customs country code`);
      assert.deepEqual([c.zh, c.en], [entry.nameZh, entry.nameEn], c.customs);
    }
  });

  it('maps each customs code once, to a distinct 3-digit ISO code', () => {
    assert.equal(new Set(COUNTRY_ISO.map((c) => c.customs)).size, COUNTRY_ISO.length);
    assert.equal(new Set(COUNTRY_ISO.map((c) => c.iso)).size, COUNTRY_ISO.length);
    for (const c of COUNTRY_ISO) assert.match(c.iso, /^\d{3}$/);
    // Every code of an actual country or territory: only groupings and unknowns have no ISO code.
    assert.ok(COUNTRY_ISO.length >= 200, `${COUNTRY_ISO.length} countries`);
  });

  it('gives each ISO code the country the world atlas draws under it', () => {
    const absent: string[] = [];
    for (const c of COUNTRY_ISO) {
      const names = atlasNames.get(c.iso);
      if (!names) {
        absent.push(c.customs);
        continue;
      }
      const expected = plain(ALIASES[c.en] ?? c.en);
      assert.ok(
        names.some((n) => plain(n) === expected),
        `${c.customs} ${c.en} → ${c.iso}, which the atlas calls ${names.join(' / ')}`,
      );
    }
    assert.deepEqual(absent, NOT_IN_ATLAS);
  });

  it('looks up both ways', () => {
    assert.equal(isoOfCustoms('502'), '840');
    assert.equal(isoOfCustoms('303'), '826');
    assert.equal(isoOfCustoms('304'), '276');
    assert.equal(isoOfCustoms('142'), '156');
    assert.equal(isoOfCustoms('701'), undefined, 'unknown countries have no region');
    assert.equal(countryOfIso('392')?.customs, '116');
  });
});
