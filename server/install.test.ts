// The install works on the Node the README and package.json name: every package in the lockfile
// accepts the oldest Node our `engines` allow, so `npm ci` prints no EBADENGINE warning. (When a
// dependency's newer release drops that Node, pin the last one that accepts it in `overrides`.)
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};

describe('the install on our Node', () => {
  const oldest = semver.minVersion(manifest.engines.node)!.version;

  it(`has no package in the lockfile that refuses Node ${oldest} or this Node`, () => {
    const refusing = Object.entries(lock.packages)
      .map(([path, entry]) => ({ path, version: entry.version, node: Array.isArray(entry.engines) ? undefined : entry.engines?.node }))
      .filter(({ node }) => node !== undefined && !(semver.satisfies(oldest, node) && semver.satisfies(process.version, node)))
      .map(({ path, version, node }) => `${path.replace(/^.*node_modules\//, '')}@${version} wants node ${node}`);
    expect(refusing).toEqual([]);
  });

  it('runs on a Node that package.json accepts', () => {
    expect(semver.satisfies(process.version, manifest.engines.node)).toBe(true);
  });
});
