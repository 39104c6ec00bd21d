/**
 * The shipped concern model is what its training manifest says: the same files (by hash), the
 * same predictions from the runtime forward pass, within the size the extension allows.
 * `.ci/run` trains nothing; this is how it knows the checked-in weights are the trained ones.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerProbability } from '../../src/core/concerns/model-assess';
import { shippedConcernModel } from '../../src/cli/concern-model';
import { loadCorpus } from '../tools/concern-corpus';

const ROOT = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(
  readFileSync(resolve(ROOT, 'test/corpus/model-manifest.json'), 'utf8'),
) as {
  corpus: {
    sha256: string;
    pairs: number;
    drafts: number;
    pairOccupations: number;
    draftOccupations: number;
  };
  vectors: { file: string; sha256: string };
  model: { file: string; sha256: string };
  samples: { concern: string; answer?: string; passage: string; p: number }[];
};
const sha = (file: string) =>
  createHash('sha256')
    .update(readFileSync(resolve(ROOT, file)))
    .digest('hex');

describe('shipped concern model', () => {
  it('is the model its manifest describes, trained on the corpus in this repository', () => {
    expect(sha(manifest.model.file)).toBe(manifest.model.sha256);
    expect(sha(manifest.vectors.file)).toBe(manifest.vectors.sha256);
    expect(loadCorpus().sha256).toBe(manifest.corpus.sha256);
  });

  it('was trained on a corpus of the size and spread it claims', () => {
    expect(manifest.corpus.pairs).toBeGreaterThanOrEqual(3000);
    expect(manifest.corpus.pairOccupations).toBeGreaterThanOrEqual(100);
    expect(manifest.corpus.drafts).toBeGreaterThanOrEqual(300);
    expect(manifest.corpus.draftOccupations).toBeGreaterThanOrEqual(40);
  });

  it('reproduces the predictions recorded at training time', () => {
    const model = shippedConcernModel();
    expect(manifest.samples.length).toBeGreaterThan(10);
    for (const s of manifest.samples) {
      const concern = { id: 'c', text: s.concern, ...(s.answer ? { answer: s.answer } : {}) };
      expect(answerProbability(model, concern, s.passage)).toBeCloseTo(s.p, 4);
    }
  });

  it('fits the extension: weights and vectors together at most 6 MB', () => {
    const bytes =
      statSync(resolve(ROOT, manifest.model.file)).size +
      statSync(resolve(ROOT, manifest.vectors.file)).size;
    expect(bytes).toBeLessThanOrEqual(6 * 1024 * 1024);
  });
});
