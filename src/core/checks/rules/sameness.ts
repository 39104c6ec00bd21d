import { extractOwnText } from '../../text/own-text';
import { tokenize, type Token } from '../../text/words';
import { example, goodDraft } from '../examples';
import { finding } from '../finding';
import { firstName } from '../format';
import { threshold } from '../settings';
import type { Finding, Rule } from '../types';

// Words become small integers and a shingle of up to three words one number, so comparing
// two 2,000-word notes is a Set<number> lookup per shingle rather than string building.
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

function shingles(tokens: Token[], size: number): Set<number | string> {
  const ids = tokens.map((t) => wordId(t.text));
  const out = new Set<number | string>();
  for (let i = 0; i + size <= ids.length; i++) {
    if (size <= 3) {
      let key = 0;
      for (let j = 0; j < size; j++) key = key * MAX_WORDS + (ids[i + j] ?? 0);
      out.add(key);
    } else {
      out.add(ids.slice(i, i + size).join(' '));
    }
  }
  return out;
}

// Sibling notes change rarely while the user types this one, so their shingles are kept for
// the last few texts instead of being rebuilt on every keystroke.
/**
 * The draft's own distinct shingles. Sorting numeric keys in a typed array and skipping
 * repeats is several times cheaper than inserting each into a Set, and this runs on every
 * check of a draft that has not been seen before.
 */
function distinctShingles(tokens: Token[], size: number): (number | string)[] {
  if (size > 3) return [...shingles(tokens, size)];
  const count = tokens.length - size + 1;
  if (count <= 0) return [];
  const ids = new Float64Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) ids[i] = wordId((tokens[i] as Token).text);
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    let key = 0;
    for (let j = 0; j < size; j++) key = key * MAX_WORDS + (ids[i + j] as number);
    keys[i] = key;
  }
  keys.sort();
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    if (i === 0 || keys[i] !== keys[i - 1]) out.push(keys[i] as number);
  }
  return out;
}

const siblingCache = new Map<string, Set<number | string>>();
const CACHE_SIZE = 16;

function siblingShingles(text: string, size: number): Set<number | string> {
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
  title: 'Sameness: each interviewer gets a different note',
  reason:
    'Hiring advice: one note per interviewer, each reflecting that person’s conversation; colleagues compare notes.',
  defaults: { enabled: true, thresholds: { maxShared: 0.7, shingleWords: 3, minWords: 20 } },
  check(analysis, setting) {
    const siblings = analysis.input.siblingNotes ?? [];
    if (siblings.length === 0 || analysis.words < threshold(setting, 'minWords', 20)) return [];
    const size = Math.max(1, Math.round(threshold(setting, 'shingleWords', 3)));
    const limit = threshold(setting, 'maxShared', 0.7);
    const own = distinctShingles(analysis.tokens, size);
    if (own.length === 0) return [];
    const out: Finding[] = [];
    for (const sibling of siblings) {
      if (sibling.interviewerId === analysis.interviewer.id) continue;
      const theirs = siblingShingles(sibling.text, size);
      let shared = 0;
      for (const piece of own) if (theirs.has(piece)) shared++;
      const ratio = shared / own.length;
      if (ratio <= limit) continue;
      const person = analysis.others.find((p) => p.id === sibling.interviewerId);
      const to = person ? `your note to ${person.name}` : 'another note for this interview';
      out.push(
        finding(
          samenessRule,
          'warning',
          `${Math.round(ratio * 100)}% of this note is the same as ${to}. Make it about what you discussed with ${firstName(analysis.interviewer)}.`,
        ),
      );
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
