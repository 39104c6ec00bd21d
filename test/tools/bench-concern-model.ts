/**
 * Speed, size and memory of the learned concern model, beside the word-list check it replaced,
 * on the same generated drafts in the same process:
 *
 *     npx tsx test/tools/bench-concern-model.ts [--json]
 *
 * - load: parsing the shipped weights and word vectors (the panel also fetches them from the
 *   extension's own files, which this does not time);
 * - cold: the first check of a 300-word draft with a fresh model (no word or passage memo);
 * - warm: a new 300-word draft on a model that has checked others;
 * - keystroke: the same draft with one sentence changed, as while typing.
 * Targets (figures only, no test asserts on time): verdicts within 300 ms of a pause in typing
 * on a 300-word draft; model files ≤ 6 MB.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkDraft } from '../../src/core/checks/index';
import { MODEL_PATH, parseConcernModel, VECTORS_PATH } from '../../src/core/concerns/load-model';
import { inputFor, makeDraft } from './bench-core';

const PUBLIC = resolve(import.meta.dirname, '../../public');

function median(values: number[]): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timed(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function load() {
  return parseConcernModel(
    JSON.parse(readFileSync(join(PUBLIC, MODEL_PATH), 'utf8')),
    readFileSync(join(PUBLIC, VECTORS_PATH)),
  );
}

export function benchConcernModel(): Record<string, number> {
  const heapBefore = process.memoryUsage().heapUsed;
  const loads: number[] = [];
  let model = load();
  for (let i = 0; i < 5; i++) loads.push(timed(() => (model = load())));
  global.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  const drafts = Array.from({ length: 40 }, (_, i) => makeDraft(300, 4242 + i));
  const cold = drafts.slice(0, 10).map((text) => {
    const fresh = load();
    return timed(() => checkDraft(inputFor(text), { concernModel: fresh }));
  });
  for (const text of drafts.slice(10, 20)) checkDraft(inputFor(text), { concernModel: model });
  const warm = drafts
    .slice(20)
    .map((text) => timed(() => checkDraft(inputFor(text), { concernModel: model })));
  const lexicon = drafts.slice(20).map((text) => timed(() => checkDraft(inputFor(text))));
  // Typing: one new sentence in the first paragraph per check.
  const base = drafts[0] as string;
  const at = base.indexOf('\n\n') + 2;
  const typing = Array.from({ length: 30 }, (_, i) =>
    timed(() =>
      checkDraft(
        inputFor(
          `${base.slice(0, at)}I also drove forklift number ${i + 7} on the night of the ${i + 1}th. ${base.slice(at)}`,
        ),
        { concernModel: model },
      ),
    ),
  );
  const bytes = statSync(join(PUBLIC, MODEL_PATH)).size + statSync(join(PUBLIC, VECTORS_PATH)).size;
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    model_bytes: bytes,
    model_load_ms: r(median(loads)),
    model_heap_mb: r((heapAfter - heapBefore) / 1048576),
    model_check_cold_ms_300w: r(median(cold)),
    model_check_warm_ms_300w: r(median(warm)),
    model_keystroke_ms_300w: r(median(typing)),
    lexicon_check_ms_300w: r(median(lexicon)),
    model_vs_lexicon_warm: r(median(warm) / Math.max(1e-6, median(lexicon))),
  };
}

function table(f: Record<string, number>): string {
  return [
    `concern model: ${(f.model_bytes! / 1048576).toFixed(2)} MB (target ≤ 6), load ${f.model_load_ms} ms, heap +${f.model_heap_mb} MB`,
    `300-word draft, full check with the model: cold ${f.model_check_cold_ms_300w} ms, warm ${f.model_check_warm_ms_300w} ms, per keystroke ${f.model_keystroke_ms_300w} ms (target ≤ 300 ms after a pause)`,
    `same drafts with the word lists: ${f.lexicon_check_ms_300w} ms (model ${f.model_vs_lexicon_warm}× that)`,
  ].join('\n');
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(entry).href) {
  const f = benchConcernModel();
  process.stdout.write(
    process.argv.includes('--json') ? `${JSON.stringify(f)}\n` : `${table(f)}\n`,
  );
}
