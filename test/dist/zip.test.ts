/**
 * Checks on `npm run zip` over the build `npm test` just made: each store zip is that build,
 * byte for byte, with its manifest at the top level and nothing from the source tree; the
 * sources zip AMO asks for holds what the build reads and none of the installed or built files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { releaseVersion, zipAll, zipName } from '../tools/zip';
import { readZip, type Zip } from './read-zip';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const version = JSON.parse(readFileSync('manifest.json', 'utf8')).version as string;
const zips = new Map<string, Zip>();

beforeAll(async () => {
  for (const path of await zipAll()) zips.set(relative(process.cwd(), path), readZip(path));
}, 120_000);

test('names every zip after the version in manifest.json', () => {
  expect(releaseVersion()).toBe(version);
  expect([...zips.keys()].sort()).toEqual(
    (['chrome', 'firefox', 'sources'] as const).map((kind) => `dist/${zipName(kind, version)}`),
  );
});

describe.each(['chrome', 'firefox'] as const)('the %s zip', (target) => {
  const zip = () => zips.get(`dist/${zipName(target, version)}`)!;

  test('has manifest.json at the top level, with the release version', () => {
    const manifest = JSON.parse(zip().read('manifest.json').toString('utf8'));
    expect(manifest.version).toBe(version);
    expect(manifest.manifest_version).toBe(3);
  });

  test(`holds exactly dist/${target}, byte for byte`, () => {
    const dir = `dist/${target}`;
    const built = files(dir).map((file) => relative(dir, file).split('\\').join('/'));
    const packed = zip().names.filter((name) => !name.endsWith('/'));
    expect([...packed].sort()).toEqual([...built].sort());
    for (const name of packed)
      expect(
        zip()
          .read(name)
          .equals(readFileSync(join(dir, name))),
        name,
      ).toBe(true);
  });

  test('carries no source maps, sources or tests', () => {
    for (const name of zip().names) {
      expect(name).not.toMatch(/\.map$|\.tsx?$|\.test\.|test-helpers|^test\//);
    }
  });
});

describe('the sources zip', () => {
  const zip = () => zips.get(`dist/${zipName('sources', version)}`)!;

  test('holds every file the build reads and the files to install the same dependencies', () => {
    const names = new Set(zip().names);
    const needed = [
      ...files('src'),
      ...files('public'),
      'manifest.json',
      'package.json',
      'package-lock.json',
      'vite.config.ts',
      'tsconfig.json',
      'README.md',
      'test/tools/bootstrap.mjs',
      'test/tools/build.ts',
      'test/tools/manifest.ts',
    ];
    for (const file of needed) expect(names.has(file.split('\\').join('/')), file).toBe(true);
  });

  test('leaves out dependencies, build output and earlier zips', () => {
    for (const name of zip().names) expect(name).not.toMatch(/^(node_modules|dist|out)\/|\.zip$/);
  });
});
