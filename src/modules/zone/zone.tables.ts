export interface ZoneTable {
  code: string;
  name_zh: string;
  name_en: string;
  region_code: string;
}
