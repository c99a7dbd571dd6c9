// The project's root folder (where package.json is), for the files the server reads at start: the
// schema, the migrations and the built client. Found by walking up from this module, so it is the
// same whether the server runs from its sources (tests, `npm run dev`) or from the bundle in
// dist/server that `npm start` builds.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json above ${from}: cannot find the project's files.`);
  }
}

export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
