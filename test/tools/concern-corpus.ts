/**
 * The concern model's written corpus (`test/corpus/`): concern–sentence pairs per occupation
 * and whole-draft cases in the eval format, each tagged with its occupation and field.
 * `test/eval/dev.json` is never read here: it stays out of training.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCase, type ParsedCase } from '../../src/cli/eval-case';

const ROOT = resolve(import.meta.dirname, '../..');
export const CORPUS_DIR = join(ROOT, 'test/corpus');

export interface PairExample {
  field: string;
  occupation: string;
  concern: string;
  answer?: string;
  sentence: string;
  label: boolean;
  kind: string;
}

export interface DraftExample {
  field: string;
  occupation: string;
  case: ParsedCase;
}

export interface Corpus {
  pairs: PairExample[];
  drafts: DraftExample[];
  /** sha256 over every corpus file, in name order: what the shipped model was trained on. */
  sha256: string;
  files: number;
  errors: string[];
}

interface RawPairFile {
  occupation: string;
  field: string;
  concerns: { id: string; text: string; answer?: string }[];
  pairs: { concern: string; sentence: string; label: boolean; kind: string }[];
}

function jsonFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

export function loadCorpus(dir = CORPUS_DIR): Corpus {
  const hash = createHash('sha256');
  const pairs: PairExample[] = [];
  const drafts: DraftExample[] = [];
  const errors: string[] = [];
  let files = 0;
  for (const file of jsonFiles(join(dir, 'pairs'))) {
    const text = readFileSync(file, 'utf8');
    hash.update(`${file.slice(dir.length)}\n${text}\n`);
    files++;
    let raw: RawPairFile;
    try {
      raw = JSON.parse(text) as RawPairFile;
    } catch (err) {
      errors.push(`${file}: ${(err as Error).message}`);
      continue;
    }
    const concerns = new Map(raw.concerns.map((c) => [c.id, c]));
    for (const p of raw.pairs) {
      const c = concerns.get(p.concern);
      if (!c || typeof p.sentence !== 'string' || typeof p.label !== 'boolean') {
        errors.push(`${file}: a pair names concern "${p.concern}" or lacks sentence/label`);
        continue;
      }
      pairs.push({
        field: raw.field,
        occupation: raw.occupation,
        concern: c.text,
        ...(c.answer ? { answer: c.answer } : {}),
        sentence: p.sentence,
        label: p.label,
        kind: p.kind,
      });
    }
  }
  for (const file of jsonFiles(join(dir, 'drafts'))) {
    const text = readFileSync(file, 'utf8');
    hash.update(`${file.slice(dir.length)}\n${text}\n`);
    files++;
    let list: unknown[];
    try {
      list = JSON.parse(text) as unknown[];
    } catch (err) {
      errors.push(`${file}: ${(err as Error).message}`);
      continue;
    }
    list.forEach((item, i) => {
      const raw = item as { occupation?: string; field?: string };
      try {
        const parsed = parseCase(item, `${file}#${i}`, '2026-12-03T00:00:00Z');
        drafts.push({ field: raw.field ?? '?', occupation: raw.occupation ?? '?', case: parsed });
      } catch (err) {
        errors.push((err as Error).message);
      }
    });
  }
  return { pairs, drafts, sha256: hash.digest('hex'), files, errors };
}
