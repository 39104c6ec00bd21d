/**
 * What each README screenshot shows, by the files that decide how it looks. `npm start`
 * records a hash of those files beside the pictures (`test/readme/screenshots.json`), and a
 * unit test fails when the files change and the pictures were not taken again, so the README
 * never shows a UI that no longer exists.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '../..');
export const README_SHOTS = resolve(ROOT, 'test/readme');
export const SHOTS_MANIFEST = resolve(README_SHOTS, 'screenshots.json');

const DEMO = ['test/tools/demo-data.ts', 'test/tools/start.ts'];
const UI = ['src/ui', 'public/_locales/en/messages.json'];

/**
 * Screenshot name (PNG without extension) → what it depends on: every .tsx and .css in a
 * folder (the markup and the look; logic-only .ts changes rarely change a picture), and
 * files named one by one (the demo's page, data and script, the UI strings).
 */
export const SHOT_SOURCES: Record<string, string[]> = {
  'demo-compose': ['src/panel', 'test/tools/demo-page.ts', ...DEMO],
  'demo-outlook': ['src/panel', 'test/tools/demo-page.ts', ...DEMO],
  'demo-popup': ['src/popup', ...UI, ...DEMO],
  'demo-new-interview': ['src/popup', ...UI, ...DEMO],
  'demo-options': ['src/options', ...UI, ...DEMO],
  'demo-card': ['src/card', ...UI, ...DEMO],
};

const LOOKS = /\.(tsx|css)$/;

function files(path: string): string[] {
  const full = resolve(ROOT, path);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full)
    .flatMap((name) => files(join(path, name)))
    .filter((file) => LOOKS.test(file) && !/\.test\.tsx$/.test(file));
}

/**
 * The text of `file` as far as a picture can tell: comments go (and, for TypeScript, layout,
 * as the compiler's printer writes the code back), so rewording a comment asks for no retake.
 */
export function lookingText(file: string, text: string): string {
  const unix = text.replace(/\r\n/g, '\n');
  if (/\.css$/.test(file)) return unix.replace(/\/\*[\s\S]*?\*\//g, '');
  if (!/\.tsx?$/.test(file)) return unix;
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, unix, ts.ScriptTarget.Latest, false, kind);
  return ts.createPrinter({ removeComments: true }).printFile(source);
}

/** sha256 over each file's path and text (without comments), in path order. */
export function sourceHash(name: string): string {
  const hash = createHash('sha256');
  const all = [...new Set((SHOT_SOURCES[name] ?? []).flatMap(files))].sort();
  for (const file of all) {
    hash.update(relative(ROOT, file));
    hash.update('\0');
    hash.update(lookingText(file, readFileSync(file, 'utf8')));
    hash.update('\0');
  }
  return hash.digest('hex');
}
