/**
 * Turns the shipped model files into a ConcernModel, with a plain-words error when either file
 * is damaged; the caller falls back to the word-list check and says so.
 */
import type { ConcernModel } from './model-assess';
import { PairModel, type PairWeights } from './pair-model';
import { decodeVectors } from './word-vectors';

export const MODEL_PATH = 'model/concern-model.json';
export const VECTORS_PATH = 'model/concern-vectors.bin';

export function parseConcernModel(
  modelJson: unknown,
  vectorBytes: ArrayBuffer | Uint8Array,
): ConcernModel {
  if (typeof modelJson !== 'object' || modelJson === null) {
    throw new Error('The concern model file is damaged: it is not a JSON object.');
  }
  const weights = modelJson as PairWeights;
  const c = weights.calibration;
  if (!c || ![c.threshold, c.sureAbove, c.sureBelow].every((x) => typeof x === 'number')) {
    throw new Error('The concern model file is damaged: it has no calibration.');
  }
  const vectors = decodeVectors(vectorBytes);
  if (vectors.dims !== weights.dims) {
    throw new Error(
      `The concern model reads ${weights.dims}-d word vectors; the vector file has ${vectors.dims}.`,
    );
  }
  return { pair: new PairModel(weights), vectors, calibration: c };
}
