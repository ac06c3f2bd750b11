import type { Executor } from '../../db/database.js';

export const zoneRepository = {
  list(db: Executor) {
    return db.selectFrom('zone').selectAll().orderBy('region_code').execute();
  },
};
