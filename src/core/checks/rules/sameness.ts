import { extractOwnText } from '../../text/own-text';
import { tokenize, type Token } from '../../text/words';
import { msg } from '../../i18n/text';
import { example, goodDraft } from '../examples';
import { finding } from '../finding';
import { firstName } from '../format';
import { threshold } from '../settings';
import type { Finding, Rule } from '../types';

// Words become small integers and a shingle of up to three words one number, so comparing
// two 2,000-word notes is a merge of two sorted number arrays rather than string building
// or hashing.
const wordIds = new Map<string, number>();
const MAX_WORDS = 1 << 17;

function wordId(word: string): number {
  let id = wordIds.get(word);
  if (id === undefined) {
    if (wordIds.size >= MAX_WORDS - 1) {
      wordIds.clear();
      siblingCache.clear();
    }
    id = wordIds.size + 1;
    wordIds.set(word, id);
  }
  return id;
}

/**
 * Distinct shingles of up to three words as an open-addressing hash set of numbers (no
 * boxing, no sort), or of longer ones as strings.
 */
class NumberSet {
  keys = new Float64Array(0);
  hashes = new Int32Array(0);
  private mask = 0;
  size = 0;

  constructor(capacity: number) {
    this.reset(capacity);
  }

  /** Empties the set for up to `capacity` keys, reusing its arrays when they are big enough. */
  reset(capacity: number): this {
    let slots = 8;
    while (slots < capacity * 2) slots *= 2;
    // A much smaller draft after a long one gets small arrays again, so clearing stays cheap.
    if (slots > this.keys.length || slots * 4 < this.keys.length) {
      this.keys = new Float64Array(slots);
      this.hashes = new Int32Array(slots);
    } else {
      slots = this.keys.length;
      this.keys.fill(0);
    }
    this.mask = slots - 1;
    this.size = 0;
    return this;
  }

  /** Adds `key` (> 0) with its precomputed hash; false when it was already there. */
  add(key: number, hash: number): boolean {
    let at = hash & this.mask;
    for (;;) {
      const here = this.keys[at] as number;
      if (here === 0) {
        this.keys[at] = key;
        this.hashes[at] = hash;
        this.size++;
        return true;
      }
      if (here === key) return false;
      at = (at + 1) & this.mask;
    }
  }

  has(key: number, hash: number): boolean {
    let at = hash & this.mask;
    for (;;) {
      const here = this.keys[at] as number;
      if (here === key) return true;
      if (here === 0) return false;
      at = (at + 1) & this.mask;
    }
  }
}

type Shingles = NumberSet | Set<string>;

// The draft's own shingles live only for one check; one set is reused for them, so a check
// allocates no new arrays for it (the siblings' sets are cached and kept apart).
const scratch = new NumberSet(0);

function shingles(tokens: Token[], size: number, reuse = false): Shingles {
  const ids = tokens.map((t) => wordId(t.text));
  const count = ids.length - size + 1;
  if (size > 3) {
    const out = new Set<string>();
    for (let i = 0; i < count; i++) out.add(ids.slice(i, i + size).join(' '));
    return out;
  }
  const capacity = Math.max(0, count);
  const out = reuse ? scratch.reset(capacity) : new NumberSet(capacity);
  forEachShingle(ids, size, (key, hash) => out.add(key, hash));
  return out;
}

/** Calls `fn` with each shingle's number (word ids in base MAX_WORDS) and a hash of it. */
function forEachShingle(
  ids: number[],
  size: number,
  fn: (key: number, hash: number) => unknown,
): void {
  for (let i = 0; i + size <= ids.length; i++) {
    let key = 0;
    let hash = 0;
    for (let j = 0; j < size; j++) {
      const id = ids[i + j] as number;
      key = key * MAX_WORDS + id;
      hash = Math.imul(hash ^ id, 0x9e3779b1);
    }
    fn(key, hash ^ (hash >>> 16));
  }
}

/** How many of `own`'s shingles `theirs` also has. */
function sharedCount(own: Shingles, theirs: Shingles): number {
  let shared = 0;
  if (own instanceof Set) {
    if (theirs instanceof Set) for (const piece of own) if (theirs.has(piece)) shared++;
    return shared;
  }
  if (theirs instanceof Set) return 0;
  const { keys, hashes } = own;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    if (key !== 0 && theirs.has(key, hashes[i] as number)) shared++;
  }
  return shared;
}

// Sibling notes change rarely while the user types this one, so their shingles are kept for
// the last few texts instead of being rebuilt on every keystroke.
const siblingCache = new Map<string, Shingles>();
const CACHE_SIZE = 16;

function siblingShingles(text: string, size: number): Shingles {
  const key = `${size}\u0000${text}`;
  let found = siblingCache.get(key);
  if (!found) {
    found = shingles(tokenize(extractOwnText(text)), size);
    if (siblingCache.size >= CACHE_SIZE) {
      const oldest = siblingCache.keys().next().value;
      if (oldest !== undefined) siblingCache.delete(oldest);
    }
    siblingCache.set(key, found);
  }
  return found;
}

export const samenessRule: Rule = {
  id: 'sameness',
  title: 'ruleTitle_sameness',
  reason: 'ruleReason_sameness',
  defaults: { enabled: true, thresholds: { maxShared: 0.7, shingleWords: 3, minWords: 20 } },
  check(analysis, setting) {
    const siblings = analysis.input.siblingNotes ?? [];
    if (siblings.length === 0 || analysis.words < threshold(setting, 'minWords', 20)) return [];
    const size = Math.max(1, Math.round(threshold(setting, 'shingleWords', 3)));
    const limit = threshold(setting, 'maxShared', 0.7);
    const own = shingles(analysis.tokens, size, true);
    if (own.size === 0) return [];
    const out: Finding[] = [];
    for (const sibling of siblings) {
      if (sibling.interviewerId === analysis.interviewer.id) continue;
      const ratio = sharedCount(own, siblingShingles(sibling.text, size)) / own.size;
      if (ratio <= limit) continue;
      const person = analysis.others.find((p) => p.id === sibling.interviewerId);
      const share = Math.round(ratio * 100);
      const name = firstName(analysis.interviewer);
      const message = person
        ? msg('samenessTo', share, person.name, name)
        : msg('samenessOther', share, name);
      out.push(finding(samenessRule, 'warning', message));
    }
    return out;
  },
  examples: {
    pass: [
      example('a different note to the colleague', goodDraft, {
        siblingNotes: [
          {
            interviewerId: 'marcus',
            text: `Dear Marcus,

Thank you for the tour of the stockroom and for explaining how you run inventory counts. You asked about shrink at my last store: we cut it from 2.1% to 1.3% in a year by moving high-theft items behind the counter and auditing returns weekly. I would bring the same habits to loss prevention here.

Best regards,
Dana Whitfield`,
          },
        ],
      }),
    ],
    fail: [
      example('the colleague got the same note', goodDraft, {
        siblingNotes: [{ interviewerId: 'marcus', text: goodDraft.replace('Gloria', 'Marcus') }],
      }),
    ],
  },
};
