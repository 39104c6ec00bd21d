/**
 * `npm run zip`: builds, then writes what the stores take into `dist/`:
 * - `follow-through-chrome-<version>.zip` for the Chrome Web Store,
 * - `follow-through-firefox-<version>.zip` for addons.mozilla.org (AMO),
 * - `follow-through-sources-<version>.zip`, the source tree AMO asks for when the uploaded code
 *   is built by a tool (https://extensionworkshop.com/documentation/publish/source-code-submission/):
 *   everything but dependencies and build output, rebuilt as the README says.
 * `web-ext build` writes all three, so the Firefox zip is packed the way Mozilla's own tool packs.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cmd } from 'web-ext';
import { buildAll } from './build';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');

/** The version both stores read, from `manifest.json`; package.json must say the same. */
export function releaseVersion(): string {
  const read = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')).version;
  const manifest: string = read('manifest.json');
  const pkg: string = read('package.json');
  if (manifest !== pkg) {
    throw new Error(`manifest.json says version ${manifest}, package.json ${pkg}: make them one`);
  }
  return manifest;
}

export const zipName = (kind: 'chrome' | 'firefox' | 'sources', version: string): string =>
  `follow-through-${kind}-${version}.zip`;

/**
 * What the sources zip leaves out: `.gitignore`'s entries (dependencies, build output, logs,
 * scratch files) on top of web-ext's own (dotfiles, node_modules, zips). The dotfiles a
 * reviewer needs to lint and test the same way are put back.
 */
export function sourceIgnores(): string[] {
  const ignored = readFileSync(join(ROOT, '.gitignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const anchored = line.startsWith('/');
      const path = line.replace(/^\//, '').replace(/\/$/, '');
      return anchored || path.includes('/') ? path : `**/${path}`;
    });
  return [...ignored, '!.gitignore', '!.prettierignore', '!.ci', '!.ci/run'];
}

/** Pack the builds already in `dist/` and the sources; returns the files written. */
export async function zipAll(): Promise<string[]> {
  const version = releaseVersion();
  const written: string[] = [];
  for (const target of ['chrome', 'firefox'] as const) {
    const sourceDir = join(DIST, target);
    const built = JSON.parse(readFileSync(join(sourceDir, 'manifest.json'), 'utf8')).version;
    if (built !== version) {
      throw new Error(`dist/${target} holds version ${built}, not ${version}: run npm run build`);
    }
    const { extensionPath } = await cmd.build(
      { sourceDir, artifactsDir: DIST, filename: zipName(target, version), overwriteDest: true },
      { showReadyMessage: false },
    );
    written.push(extensionPath);
  }
  const { extensionPath } = await cmd.build(
    {
      sourceDir: ROOT,
      artifactsDir: DIST,
      filename: zipName('sources', version),
      overwriteDest: true,
      ignoreFiles: sourceIgnores(),
    },
    // The source manifest names the extension through _locales, which only the build copies in.
    { manifestData: { name: 'follow-through', version }, showReadyMessage: false },
  );
  written.push(extensionPath);
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!buildAll()) process.exit(1);
  try {
    for (const file of await zipAll()) console.log(`wrote ${file}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
