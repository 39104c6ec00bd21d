/**
 * The README's screenshots must show the UI as it is. `npm start` (headless) takes them and
 * records, beside them, a hash of the files each one shows; when those files change and the
 * pictures were not taken again, this fails and says which to retake.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  README_SHOTS,
  SHOTS_MANIFEST,
  SHOT_SOURCES,
  sourceHash,
} from '../tools/screenshot-sources';

const manifest = existsSync(SHOTS_MANIFEST)
  ? (JSON.parse(readFileSync(SHOTS_MANIFEST, 'utf8')) as Record<string, { sources?: string }>)
  : {};
const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  if (bytes.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${file} is not a PNG`);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe.each(Object.keys(SHOT_SOURCES))('README screenshot %s', (name) => {
  const file = `${README_SHOTS}/${name}.png`;

  test('is checked in, a real picture, and shown in the README with a caption', () => {
    expect(existsSync(file), `${file}: run npm start without a display`).toBe(true);
    const [width, height] = pngSize(file);
    expect(width).toBeGreaterThanOrEqual(400);
    expect(height).toBeGreaterThanOrEqual(600);
    expect(readme).toMatch(new RegExp(`!\\[[^\\]]{10,}\\]\\(test/readme/${name}\\.png\\)`));
  });

  test('is newer than the UI it shows', () => {
    expect(
      manifest[name]?.sources,
      `${name}.png is older than the files it shows: run \`npm start\` without a display ` +
        '(e.g. `env -u DISPLAY npm start`) and commit test/readme/',
    ).toBe(sourceHash(name));
  });
});
