import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's root folder (where package.json is), found from this file whether it runs from src/ or
 * compiled under dist/: data files (reference-data/, CSV tables beside the code) are read from the
 * project, since the compiler does not copy them.
 */
export const projectRoot: string = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
})();

/** A file of the project by its path from the root, e.g. `reference-data/districts.csv`. */
export function projectFile(relative: string): string {
  return path.join(projectRoot, relative);
}
