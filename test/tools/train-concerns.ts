/**
 * Trains the concern model on the written corpus and writes the shipped files:
 *
 *     npx tsx test/tools/build-vectors.ts     # once: public/model/concern-vectors.bin
 *     npx tsx test/tools/train-concerns.ts    # public/model/concern-model.json + manifest
 *
 * Leave-fields-out first: the fields are split into folds, a model is trained without each
 * fold and scores that fold's whole-draft cases, so every field is scored by a model that never
 * saw it. The decision threshold and the "not sure" band are chosen on those out-of-fold scores
 * (for each field, on the other fields' scores), then the shipped model is trained on all of
 * the corpus. Seeded and single-threaded: the same corpus gives the same weights.
 *
 * Training is plain backpropagation (`pair-trainer.ts`); the extension runs the forward pass in
 * `src/core/concerns/pair-model.ts`, and the manifest records predictions that the unit tests
 * reproduce with it.
 */

import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SENTENCE_FACTS } from '../../src/core/concerns/cues';
import type { Calibration, ConcernModel } from '../../src/core/concerns/model-assess';
import { answerProbability, passagesOf, scoreConcerns } from '../../src/core/concerns/model-assess';
import {
  exactMatches,
  PAIR_FACTS,
  pairFacts,
  PairModel,
  passageFacts,
  type PairWeights,
  type SideWord,
  wordsOf,
} from '../../src/core/concerns/pair-model';
import { decodeVectors, type WordVectors } from '../../src/core/concerns/word-vectors';
import { extractOwnText } from '../../src/core/text/own-text';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/words';
import type { Interviewer } from '../../src/core/model/types';
import { loadCorpus, type Corpus, type DraftExample, type PairExample } from './concern-corpus';
import {
  calibrate,
  scoreCalibrated,
  secondOpinionFigures,
  type Scored,
} from './concern-calibration';
import { assessConcerns } from '../../src/core/concerns/index';
import { step, toWeights, trainParams, type Sample, type Shape } from './pair-trainer';

const ROOT = resolve(import.meta.dirname, '../..');
export const MODEL_FILE = join(ROOT, 'public/model/concern-model.json');
export const MANIFEST_FILE = join(ROOT, 'test/corpus/model-manifest.json');
const VECTORS_FILE = join(ROOT, 'public/model/concern-vectors.bin');

export const HYPER = {
  attend: 32,
  compare: 40,
  hidden: 32,
  epochs: 6,
  batch: 64,
  learningRate: 0.003,
  l2: 1e-5,
  /** Passages taken as negatives per missing concern of a training draft (most alike first). */
  draftNegatives: 4,
  /** Other concerns of the same occupation each answering pair sentence is a negative for. */
  crossNegatives: 2,
  seed: 20261203,
  folds: 4,
};

interface Example {
  concern: SideWord[];
  planned: SideWord[];
  passage: SideWord[];
  facts: number[];
  label: number;
}

/** Mulberry32: a small seeded generator, so shuffles repeat exactly. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function example(
  v: WordVectors,
  concern: string,
  answer: string | undefined,
  passage: string,
  label: boolean,
): Example {
  return {
    concern: wordsOf(concern, v),
    planned: answer ? wordsOf(answer, v) : [],
    passage: wordsOf(passage, v),
    facts: passageFacts(passage, tokenize(passage).length),
    label: label ? 1 : 0,
  };
}

function ownConcerns(d: DraftExample): Interviewer {
  return d.case.interview.interviewers.find((i) => i.id === d.case.interviewerId) as Interviewer;
}

function examplesFor(
  v: WordVectors,
  pairs: PairExample[],
  drafts: DraftExample[],
  seed: number,
): Example[] {
  const out = pairs.map((p) => example(v, p.concern, p.answer, p.sentence, p.label));
  const random = rng(seed);
  // An answer to one concern is not an answer to another of the same interview: each answering
  // sentence also serves as a negative for other concerns of its occupation, which teaches the
  // model that reading as an answer is not enough without speaking to this concern.
  const concernsOf = new Map<string, Map<string, string | undefined>>();
  for (const p of pairs) {
    let m = concernsOf.get(p.occupation);
    if (!m) concernsOf.set(p.occupation, (m = new Map()));
    m.set(p.concern, p.answer);
  }
  for (const p of pairs) {
    if (!p.label) continue;
    const others = [...(concernsOf.get(p.occupation) ?? new Map<string, string | undefined>())]
      .filter(([text]) => text !== p.concern)
      .sort(() => random() - 0.5)
      .slice(0, HYPER.crossNegatives);
    for (const [text, answer] of others) out.push(example(v, text, answer, p.sentence, false));
  }
  for (const d of drafts) {
    const own = extractOwnText(d.case.draft);
    const passages = passagesOf(own, splitSentences(own));
    const me = ownConcerns(d);
    d.case.expect?.concerns?.forEach((e, k) => {
      if (e.addressed !== false) return;
      const concern = me.concerns[k];
      if (!concern) return;
      // Hardest negatives first: passages that share the most words with the concern.
      const keys = new Set(
        wordsOf(concern.text, v)
          .map((w) => w.key)
          .filter(Boolean),
      );
      const ranked = passages
        .map((p) => ({
          p,
          overlap: wordsOf(p.text, v).filter((w) => keys.has(w.key)).length + random() * 0.5,
        }))
        .sort((a, b) => b.overlap - a.overlap)
        .slice(0, HYPER.draftNegatives);
      for (const { p } of ranked) out.push(example(v, concern.text, concern.answer, p.text, false));
    });
  }
  return out;
}

/** Word inputs [vector, exact match, unknown] of `words`, flags taken against `other`. */
function rows(words: SideWord[], other: SideWord[], dims: number): Float32Array[] {
  const em = exactMatches(words, other);
  return words.map((w, i) => {
    const r = new Float32Array(dims + 2);
    r.set(w.vector);
    r[dims] = em[i] as number;
    r[dims + 1] = w.unknown ? 1 : 0;
    return r;
  });
}

function sampleOf(e: Example, dims: number): Sample {
  return {
    concern: rows(e.concern, e.passage, dims),
    planned: rows(e.planned, e.passage, dims),
    passage: rows(e.passage, e.concern, dims),
    passageVsPlanned: rows(e.passage, e.planned, dims),
    facts: [...e.facts, ...pairFacts(e.concern, e.planned, e.passage)],
    label: e.label,
  };
}

export function train(
  vectors: WordVectors,
  examples: Example[],
  seed: number,
  log = false,
): PairWeights {
  const shape: Shape = {
    dims: vectors.dims,
    attend: HYPER.attend,
    compare: HYPER.compare,
    hidden: HYPER.hidden,
    facts: SENTENCE_FACTS + PAIR_FACTS,
  };
  const samples = examples.map((e) => sampleOf(e, vectors.dims));
  const params = trainParams(shape, samples, {
    epochs: HYPER.epochs,
    batch: HYPER.batch,
    learningRate: HYPER.learningRate,
    l2: HYPER.l2,
    random: rng(seed),
    ...(log ? { log: (line: string) => console.log(line) } : {}),
  });
  const weights = toWeights(shape, params);
  // The runtime forward pass must agree with the trained one; a drift here is a bug in one
  // of the two, not noise.
  const runtime = new PairModel(weights);
  const drift = Math.max(
    ...samples.slice(0, 32).map((x, i) => {
      const e = examples[i] as Example;
      return Math.abs(runtime.score(e) - step(params, shape, x, 1, null).prob);
    }),
  );
  if (drift > 1e-3) throw new Error(`runtime and training disagree by ${drift}`);
  if (log)
    console.log(`  runtime forward pass agrees with training within ${drift.toExponential(1)}`);
  return weights;
}

/** The best passage's probability for each scored concern of each draft. */
export function scoreDrafts(model: ConcernModel, drafts: DraftExample[]): Scored[] {
  const out: Scored[] = [];
  for (const d of drafts) {
    const me = ownConcerns(d);
    const own = extractOwnText(d.case.draft);
    const prepared = { text: own, sentences: splitSentences(own), tokens: tokenize(own) };
    const others = d.case.interview.interviewers.filter((i) => i !== me);
    const rivals = others.flatMap((i) => i.concerns);
    const scores = scoreConcerns(model, prepared, me.concerns, rivals);
    const lexicon = assessConcerns(prepared, me, others);
    d.case.expect?.concerns?.forEach((e, k) => {
      if (e.addressed === null) return;
      out.push({
        field: d.field,
        p: scores[k]?.probability ?? 0,
        label: e.addressed,
        lex: lexicon[k]?.addressed ?? false,
        id: d.case.id,
      });
    });
  }
  return out;
}

/** Every passage's probability for every concern of the draft (own, then colleagues'), for studying aggregation. */
export interface Matrix {
  id: string;
  field: string;
  labels: (boolean | null)[];
  own: number[][];
  others: number[][];
}

export function scoreMatrices(model: ConcernModel, drafts: DraftExample[]): Matrix[] {
  return drafts.map((d) => {
    const me = ownConcerns(d);
    const own = extractOwnText(d.case.draft);
    const passages = passagesOf(own, splitSentences(own));
    const row = (c: { id: string; text: string; answer?: string }) =>
      passages.map((p) => Number(answerProbability(model, c, p.text).toFixed(5)));
    return {
      id: d.case.id,
      field: d.field,
      labels: (d.case.expect?.concerns ?? []).map((e) => e.addressed),
      own: me.concerns.map(row),
      others: d.case.interview.interviewers
        .filter((i) => i !== me)
        .flatMap((i) => i.concerns.map(row)),
    };
  });
}

const NEUTRAL: Calibration = { threshold: 0.5, sureAbove: 0.9, sureBelow: 0.1 };

interface Loaded {
  vectorBytes: Buffer;
  vectors: WordVectors;
  corpus: Corpus;
  fields: string[];
  folds: string[][];
}

function load(): Loaded {
  const vectorBytes = readFileSync(VECTORS_FILE);
  const vectors = decodeVectors(vectorBytes);
  const corpus = loadCorpus();
  const fields = [
    ...new Set([...corpus.pairs.map((p) => p.field), ...corpus.drafts.map((d) => d.field)]),
  ].sort();
  // Fields dealt round-robin into folds: every field is held out exactly once. With
  // TRAIN_BY=writer the folds are the corpus's four writers instead (their occupations stand in
  // for the field), to measure how the model reads text by people it never read.
  if (process.env.TRAIN_BY === 'writer') {
    const { writers } = JSON.parse(
      readFileSync(join(ROOT, 'test/corpus/writers.json'), 'utf8'),
    ) as {
      writers: Record<string, string>;
    };
    for (const p of corpus.pairs) p.field = writers[p.occupation] ?? '?';
    for (const d of corpus.drafts) d.field = writers[d.occupation] ?? '?';
    const names = [...new Set(Object.values(writers))].sort();
    return { vectorBytes, vectors, corpus, fields: names, folds: names.map((n) => [n]) };
  }
  const folds: string[][] = Array.from({ length: HYPER.folds }, () => []);
  fields.forEach((f, i) => (folds[i % HYPER.folds] as string[]).push(f));
  return { vectorBytes, vectors, corpus, fields, folds };
}

/** One fold in its own process: train without the held-out fields, score their drafts. */
function runFold(i: number, out: string): void {
  const { vectors, corpus, folds } = load();
  const held = folds[i] as string[];
  const weights = train(
    vectors,
    examplesFor(
      vectors,
      corpus.pairs.filter((p) => !held.includes(p.field)),
      corpus.drafts.filter((d) => !held.includes(d.field)),
      HYPER.seed + i + 1,
    ),
    HYPER.seed + i + 1,
  );
  const model: ConcernModel = { pair: new PairModel(weights), vectors, calibration: NEUTRAL };
  const heldDrafts = corpus.drafts.filter((d) => held.includes(d.field));
  writeFileSync(out, JSON.stringify(scoreDrafts(model, heldDrafts)));
  writeFileSync(
    out.replace(/\.json$/, '.matrix.json'),
    JSON.stringify(scoreMatrices(model, heldDrafts)),
  );
}

function runFinal(out: string): void {
  const { vectors, corpus } = load();
  const weights = train(
    vectors,
    examplesFor(vectors, corpus.pairs, corpus.drafts, HYPER.seed),
    HYPER.seed,
    true,
  );
  writeFileSync(out, `${JSON.stringify(weights)}\n`);
}

/** Runs the jobs two at a time (one per core), each a child process of this script. */
async function runJobs(jobs: string[][]): Promise<void> {
  const queue = jobs.slice();
  const worker = async (): Promise<void> => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const args = job;
      const t0 = Date.now();
      await new Promise<void>((done, fail) => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', process.argv[1] as string, ...args],
          {
            stdio: 'inherit',
            env: { ...process.env, TRAIN_EPOCHS: String(HYPER.epochs) },
          },
        );
        child.on('exit', (code) =>
          code === 0 ? done() : fail(new Error(`${args.join(' ')} exited ${code}`)),
        );
      });
      console.log(`${args.slice(0, 2).join(' ')}: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    }
  };
  await Promise.all([worker(), worker()]);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (process.env.TRAIN_EPOCHS) HYPER.epochs = Number(process.env.TRAIN_EPOCHS);
  const at = argv.indexOf('--job');
  if (at >= 0) {
    const [kind, index, out] = [argv[at + 1], argv[at + 2], argv[at + 3]];
    if (kind === 'fold') runFold(Number(index), out as string);
    else runFinal(out as string);
    return;
  }
  if (argv.includes('--quick')) HYPER.epochs = 4;
  const { vectorBytes, vectors, corpus, fields, folds } = load();
  for (const e of corpus.errors) console.error(e);
  if (corpus.errors.length) process.exit(1);
  console.log(
    `corpus: ${corpus.pairs.length} pairs, ${corpus.drafts.length} drafts, ${fields.length} fields, ${
      new Set(corpus.pairs.map((p) => p.occupation)).size
    } pair occupations, ${new Set(corpus.drafts.map((d) => d.occupation)).size} draft occupations`,
  );
  const started = Date.now();
  const byWriter = process.env.TRAIN_BY === 'writer';
  const work = join(ROOT, byWriter ? 'out/concern-writers' : 'out/concern-training');
  mkdirSync(work, { recursive: true });
  const foldFile = (i: number) => join(work, `fold-${i}.json`);
  const finalFile = join(work, 'final.json');
  const skipFolds = argv.includes('--no-folds');
  // --reuse: only re-assemble from the jobs' outputs (after changing calibration or the manifest).
  if (!argv.includes('--reuse'))
    await runJobs([
      ...(byWriter ? [] : [['--job', 'final', '-', finalFile]]),
      ...(skipFolds ? [] : folds.map((_, i) => ['--job', 'fold', String(i), foldFile(i)])),
    ]);
  const oof: Scored[] = skipFolds
    ? []
    : folds.flatMap((_, i) => JSON.parse(readFileSync(foldFile(i), 'utf8')) as Scored[]);
  if (oof.length) writeFileSync(join(work, 'out-of-fold.json'), JSON.stringify(oof));
  const leaveFieldsOut = oof.length ? scoreCalibrated(oof) : null;
  const secondOpinion = oof.length ? secondOpinionFigures(oof) : null;
  if (secondOpinion)
    console.log('second opinion, leave-fields-out:', JSON.stringify(secondOpinion));
  const calibration = oof.length ? calibrate(oof) : NEUTRAL;
  if (leaveFieldsOut) console.log('leave-fields-out:', JSON.stringify(leaveFieldsOut));
  console.log('calibration:', JSON.stringify(calibration));
  if (byWriter) {
    // A study of transfer, not a model to ship: figures only.
    writeFileSync(
      join(ROOT, 'test/corpus/leave-writer-out.json'),
      `${JSON.stringify({ folds: 'one writer held out at a time', figures: leaveFieldsOut, calibration }, null, 2)}\n`,
    );
    return;
  }
  const json = `${JSON.stringify({ ...(JSON.parse(readFileSync(finalFile, 'utf8')) as PairWeights), calibration })}\n`;
  writeFileSync(MODEL_FILE, json);
  const model = new PairModel(JSON.parse(json) as PairWeights);
  // Predictions the unit tests reproduce with the runtime forward pass.
  const samples = corpus.pairs
    .filter((_, i) => i % 211 === 0)
    .map((p) => {
      const e = example(vectors, p.concern, p.answer, p.sentence, p.label);
      return {
        concern: p.concern,
        ...(p.answer ? { answer: p.answer } : {}),
        passage: p.sentence,
        p: Number(model.score(e).toPrecision(6)),
      };
    });
  const sha = (b: string | Buffer) => createHash('sha256').update(b).digest('hex');
  const manifest = {
    trainedWith: 'npx tsx test/tools/train-concerns.ts',
    corpus: {
      sha256: corpus.sha256,
      files: corpus.files,
      pairs: corpus.pairs.length,
      drafts: corpus.drafts.length,
      pairOccupations: new Set(corpus.pairs.map((p) => p.occupation)).size,
      draftOccupations: new Set(corpus.drafts.map((d) => d.occupation)).size,
      fields,
    },
    vectors: {
      file: 'public/model/concern-vectors.bin',
      sha256: sha(vectorBytes),
      words: vectors.size,
    },
    model: {
      file: 'public/model/concern-model.json',
      sha256: sha(json),
      bytes: Buffer.byteLength(json),
    },
    hyper: HYPER,
    calibration,
    leaveFieldsOut,
    secondOpinion,
    samples,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`wrote ${MODEL_FILE} (${Buffer.byteLength(json)} B) and ${MANIFEST_FILE}`);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
