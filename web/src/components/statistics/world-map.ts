import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { registerMap } from './echarts';

/** The name the world map is registered under; its regions are named by ISO 3166-1 numeric code. */
export const WORLD_MAP = 'cbec-world';

type World = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** The atlas's English names by ISO code, for regions the customs table lacks. */
export const atlasNames = new Map<string, string>();

const CHINA = '156';
const TAIWAN = '158';
const ANTARCTICA = '010';

let loading: Promise<void> | null = null;

/**
 * Loads Natural Earth's 1:110m countries (a chunk of its own, fetched with the first map) and registers
 * them with ECharts once. Taiwan is drawn as part of China; Antarctica, where nothing is traded, is left out.
 */
export function loadWorldMap(): Promise<void> {
  loading ??= import('world-atlas/countries-110m.json')
    .then((module) => {
      const world = module.default as unknown as World;
      const geometries = world.objects.countries.geometries;
      const china = merge(
        world,
        geometries.filter((g) => g.id === CHINA || g.id === TAIWAN) as (Polygon | MultiPolygon)[],
      );
      const features: Feature<Geometry, { name: string }>[] = [];
      for (const g of geometries) {
        const id = g.id === undefined ? undefined : String(g.id);
        if (id === TAIWAN || id === ANTARCTICA) continue;
        const props: { name?: string } = g.properties ?? {};
        const atlasName = props.name ?? '';
        const name = id ?? `x-${atlasName}`;
        if (id) atlasNames.set(id, atlasName);
        const f = feature(world, g) as Feature<Geometry, { name: string }>;
        features.push({ ...f, geometry: id === CHINA ? china : f.geometry, properties: { name } });
      }
      const collection: FeatureCollection<Geometry, { name: string }> = {
        type: 'FeatureCollection',
        features,
      };
      registerMap(WORLD_MAP, collection as unknown as Parameters<typeof registerMap>[1]);
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
