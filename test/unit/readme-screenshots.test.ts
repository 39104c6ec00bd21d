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
  lookingText,
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

describe('what counts as a change to a picture', () => {
  const tsx = `// Why it looks so.\nexport const A = () => <p title="a // b">Don't /* keep */</p>;\n`;

  test('a reworded comment is not one', () => {
    const reworded = tsx.replace('Why it looks so.', 'The reason, in other words.');
    expect(lookingText('a.tsx', reworded)).toBe(lookingText('a.tsx', tsx));
    const css = '/* Outlook blue */ .a { color: #0f6cbd; }';
    expect(lookingText('a.css', css.replace('Outlook blue', 'brand'))).toBe(
      lookingText('a.css', css),
    );
  });

  test('text, attributes and styles are, even where they look like comments', () => {
    expect(lookingText('a.tsx', tsx.replace('a // b', 'a // c'))).not.toBe(
      lookingText('a.tsx', tsx),
    );
    expect(lookingText('a.tsx', tsx.replace('/* keep */', '/* kept */'))).not.toBe(
      lookingText('a.tsx', tsx),
    );
    expect(lookingText('a.css', '.a { color: red; }')).not.toBe(
      lookingText('a.css', '.a { color: blue; }'),
    );
  });
});
