/**
 * Word vectors for the concern model, in the compact form the extension ships: unit vectors,
 * one scale per word and four bits per dimension (two dimensions a byte), with the vocabulary
 * as text at the end. Four bits keep cosine similarities within about 0.02 of the originals
 * and let 80,000 words fit where 30,000 fitted at eight bits: trade words ("caseload",
 * "troubleshooting") lie past the 30,000 most frequent.
 *
 * Layout (little-endian): "FTV2", u32 words, u32 dims (even), u32 vocabulary bytes,
 * f32 scale × words, u8 × words × dims / 2 (low nibble first, value − 8), vocabulary (UTF-8,
 * one word per line).
 */

const MAGIC = 0x32565446; // "FTV2" read as a little-endian u32

export interface WordVectors {
  readonly dims: number;
  readonly size: number;
  /** The word's unit vector, or null when the word is not in the vocabulary. */
  lookup(word: string): Float32Array | null;
}

export function encodeVectors(words: string[], rows: number[][], dims: number): Uint8Array {
  const vocab = new TextEncoder().encode(words.join('\n'));
  const head = 16;
  const scalesAt = head;
  const dataAt = scalesAt + 4 * words.length;
  const half = dims / 2;
  const bytes = new Uint8Array(dataAt + words.length * half + vocab.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, words.length, true);
  view.setUint32(8, dims, true);
  view.setUint32(12, vocab.length, true);
  rows.forEach((row, w) => {
    // Unit length first: the model compares directions, and GloVe norms mostly encode frequency.
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += (row[d] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    let max = 0;
    for (let d = 0; d < dims; d++) max = Math.max(max, Math.abs((row[d] as number) / norm));
    const scale = max / 7 || 1;
    view.setFloat32(scalesAt + 4 * w, scale, true);
    for (let d = 0; d < dims; d += 2) {
      const q = (k: number) =>
        Math.max(-7, Math.min(7, Math.round((row[k] as number) / norm / scale))) + 8;
      bytes[dataAt + w * half + d / 2] = q(d) | (q(d + 1) << 4);
    }
  });
  bytes.set(vocab, dataAt + words.length * half);
  return bytes;
}

export function decodeVectors(input: ArrayBuffer | Uint8Array): WordVectors {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 16 || view.getUint32(0, true) !== MAGIC) {
    throw new Error('The word-vector file is damaged: it does not start with its signature.');
  }
  const size = view.getUint32(4, true);
  const dims = view.getUint32(8, true);
  const vocabBytes = view.getUint32(12, true);
  const scalesAt = 16;
  const dataAt = scalesAt + 4 * size;
  const half = dims / 2;
  if (dims % 2 !== 0 || dataAt + size * half + vocabBytes !== bytes.byteLength) {
    throw new Error('The word-vector file is damaged: its length does not match its header.');
  }
  const words = new TextDecoder().decode(bytes.subarray(dataAt + size * dims)).split('\n');
  const index = new Map<string, number>();
  words.forEach((w, i) => index.set(w, i));
  const data = bytes.subarray(dataAt, dataAt + size * half);
  const cache = new Map<number, Float32Array>();
  return {
    dims,
    size,
    lookup(word) {
      const i = index.get(word);
      if (i === undefined) return null;
      let v = cache.get(i);
      if (!v) {
        v = new Float32Array(dims);
        const scale = view.getFloat32(scalesAt + 4 * i, true);
        for (let d = 0; d < dims; d += 2) {
          const b = data[i * half + d / 2] as number;
          v[d] = ((b & 15) - 8) * scale;
          v[d + 1] = ((b >> 4) - 8) * scale;
        }
        cache.set(i, v);
      }
      return v;
    },
  };
}

/**
 * A fixed pseudo-random unit vector for a word outside the vocabulary (a product name, a trade
 * acronym), so that the same unknown word on both sides still lines up in attention.
 */
export function hashedVector(word: string, dims: number): Float32Array {
  // FNV-1a, then xorshift32 seeded by it: deterministic in every JavaScript engine.
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  let s = h || 1;
  const v = new Float32Array(dims);
  let norm = 0;
  for (let d = 0; d < dims; d++) {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    const x = s / 0xffffffff - 0.5;
    v[d] = x;
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dims; d++) v[d] = (v[d] as number) / norm;
  return v;
}
