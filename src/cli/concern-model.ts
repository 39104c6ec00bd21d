/**
 * The shipped concern model, read from `public/model/` for the command-line checks, so that
 * `npm run check` and `npm run eval` judge with exactly what the panel loads.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MODEL_PATH, parseConcernModel, VECTORS_PATH } from '../core/concerns/load-model';
import type { ConcernModel } from '../core/concerns/model-assess';

const PUBLIC = resolve(import.meta.dirname, '../../public');

let loaded: ConcernModel | undefined;

export function shippedConcernModel(): ConcernModel {
  loaded ??= parseConcernModel(
    JSON.parse(readFileSync(join(PUBLIC, MODEL_PATH), 'utf8')),
    readFileSync(join(PUBLIC, VECTORS_PATH)),
  );
  return loaded;
}
