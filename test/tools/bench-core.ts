/**
 * Speed of the draft checks, which run on every pause in typing: median and p95 of
 * `checkDraft` on generated drafts of about 150, 300 and 2,000 words with 4 concerns, and of
 * write-good (a popular prose linter) on the same drafts in the same process.
 *
 *     npx tsx test/tools/bench-core.ts [--json]
 *
 * Targets (figures only; no test asserts on time): p50 ≤ 1 ms at 300 words, ≤ 5 ms at 2,000,
 * and at least 10× faster than write-good.
 */
import { pathToFileURL } from 'node:url';
import writeGood from 'write-good';
import { checkDraft } from '../../src/core/checks/index';
import type { DraftInput } from '../../src/core/checks/types';
import type { Interview } from '../../src/core/model/types';

const interview: Interview = {
  kind: 'interview',
  id: 'bench',
  schemaVersion: 1,
  rev: 1,
  updatedAt: '2026-05-12T12:00:00-05:00',
  company: 'Northgate Logistics',
  role: 'Operations Supervisor',
  when: '2026-05-12T09:30:00-05:00',
  timeZone: 'America/Chicago',
  format: 'panel',
  decisionBy: '2026-05-22',
  channel: 'email',
  notes: '',
  interviewers: [
    {
      id: 'rosa',
      name: 'Rosa Almeida',
      title: 'Site Director',
      email: 'ralmeida@northgate.example',
      concerns: [
        {
          id: 'c1',
          text: 'only led 8 people, this shift has 35',
          answer: 'I coordinated 30 temps in peak',
        },
        { id: 'c2', text: 'never used Manhattan WMS' },
        { id: 'c3', text: 'gap in resume 2023' },
        { id: 'c4', text: 'ok with rotating weekends?' },
      ],
      topics: ['peak season staffing', 'dock safety audit', 'new WMS rollout'],
      history: [],
    },
    {
      id: 'tom',
      name: 'Tom Becker',
      email: 'tbecker@northgate.example',
      concerns: [{ id: 'c5', text: 'forklift certification current?' }],
      topics: ['night shift turnover'],
      history: [],
    },
    {
      id: 'lena',
      name: 'Lena Ostrowski',
      concerns: [{ id: 'c6', text: 'how do you handle conflict' }],
      topics: ['union contract'],
      history: [],
    },
  ],
};

// Sentences of the kind candidates write (answers, thanks, detail), with slots filled at
// random so that drafts do not repeat sentences: the concern matcher memoises per sentence,
// and a pool of fixed sentences would time its cache rather than the checks.
const templates = [
  'Thank you for taking the time to meet with me this {part} and for the tour of {place}.',
  'I enjoyed hearing how the team is preparing for peak season staffing in {month}.',
  'You asked whether I can lead a shift of {n} after supervising {m} people at {company}.',
  'Last {month} I coordinated {n} temporary associates across {m} docks during our busiest weeks.',
  'We hit every carrier cutoff that season and cut overtime by about {m} percent.',
  'I have not used Manhattan yet, but I learned {tool} in {m} weeks at {company}.',
  'I already signed up for the {tool} training videos and finished module {m} last night.',
  'The break on my resume in 2023 was time I spent caring for my {relative} after {event}.',
  'During that year I also finished a certificate in {subject} at {place}.',
  'Rotating weekends are not a problem for me, and I can start on either rotation by {month}.',
  'The dock safety audit you described sounds like a great place to make a difference in {month}.',
  'At {company} I ran the weekly safety walk and we went {m} months without a recordable injury.',
  'I would be glad to share the {thing} we used at {company} if it would help.',
  'It was clear how much the team cares about getting the new WMS rollout right for {people}.',
  'I am excited about the Operations Supervisor role and the chance to grow with {people}.',
  'I also appreciated how candid you were about the challenges on {place}.',
  'My approach is to spend the first {m} weeks on the floor listening before changing {thing}.',
  'We moved {n} pallets a day through {place} with a crew of {m}.',
  'I look forward to hearing about the next steps, and I can send {thing} by {month}.',
];
const slots: Record<string, string[]> = {
  part: ['morning', 'afternoon', 'week', 'Tuesday', 'Wednesday'],
  place: ['the north dock', 'the cross-dock', 'the returns cage', 'the mezzanine', 'the yard'],
  month: ['January', 'March', 'May', 'August', 'October', 'November', 'December'],
  company: ['Ridgeline Supply', 'Brookfield Freight', 'Pinecrest Foods', 'Lakeshore Parts'],
  tool: ['SAP EWM', 'Blue Yonder', 'Oracle WMS', 'HighJump', 'Fishbowl'],
  relative: ['father', 'mother', 'grandmother', 'uncle', 'sister'],
  event: ['his surgery', 'her stroke', 'a long illness', 'a hip replacement'],
  subject: ['supply chain management', 'lean operations', 'logistics', 'safety leadership'],
  thing: ['checklist', 'staffing model', 'pick-path map', 'training plan', 'audit template'],
  people: ['Northgate', 'the site', 'the night crew', 'the dock team', 'the inbound team'],
};

/** Small deterministic generator, so every run times the same drafts. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentence(next: () => number): string {
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)] as T;
  return pick(templates).replace(/\{(\w+)\}/g, (_, slot: string) => {
    if (slot === 'n') return String(10 + Math.floor(next() * 990));
    if (slot === 'm') return String(2 + Math.floor(next() * 60));
    return pick(slots[slot] ?? ['']);
  });
}

const quoted = `

Best regards,
Sam Carter

-- 
Sam Carter
(555) 201-7788

On Tue, May 12, 2026 at 4:02 PM Rosa Almeida <ralmeida@northgate.example> wrote:
> Thanks again for coming in today, Sam.
> We will be in touch by the 22nd.`;

/** A draft of about `words` words: greeting, paragraphs of pool sentences, sign-off, quote. */
export function makeDraft(words: number, seed: number): string {
  const next = random(seed);
  const paragraphs: string[] = [];
  let sentences: string[] = [];
  let count = 2;
  while (count < words) {
    const text = sentence(next);
    sentences.push(text);
    count += text.split(/\s+/).length;
    if (sentences.length >= 3 + Math.floor(next() * 3)) {
      paragraphs.push(sentences.join(' '));
      sentences = [];
    }
  }
  if (sentences.length > 0) paragraphs.push(sentences.join(' '));
  return `Dear Rosa,\n\n${paragraphs.join('\n\n')}${quoted}`;
}

export function inputFor(text: string): DraftInput {
  return {
    interview,
    interviewerId: 'rosa',
    text,
    kind: 'thank-you',
    now: '2026-05-12T15:00:00-05:00',
    to: [{ name: 'Rosa Almeida', email: 'ralmeida@northgate.example' }],
    siblingNotes: [{ interviewerId: 'tom', text: makeDraft(150, 99).replace('Rosa', 'Tom') }],
    otherCompanies: ['Harbor Freight Lines', 'Cascade Foods'],
  };
}

interface Stats {
  p50: number;
  p95: number;
}

/** Median and p95 of a list of timings. */
function stats(samples: number[]): Stats {
  const sorted = Float64Array.from(samples).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}

function timeOne(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Times one call of `fn` per input, after a warm-up on `warmup` other inputs. */
function time<T>(warmup: T[], inputs: T[], fn: (input: T) => unknown): Stats {
  for (const input of warmup) fn(input);
  return stats(inputs.map((input) => timeOne(() => fn(input))));
}

/**
 * Times the checks and write-good on the same drafts, alternating in blocks: on a shared
 * machine the load drifts, and timing all of one after all of the other would let that skew
 * the ratio. Not draft by draft, though: then whichever side allocates when the young
 * generation is full pays for the other's garbage (write-good makes far more), which skews
 * it the other way (measured: write-good got faster and the checks slower). Each block is
 * long enough that each side mostly collects its own.
 */
function timePair(
  warmup: string[],
  drafts: string[],
  every: number,
): { ours: Stats; theirs: Stats } {
  for (const text of warmup) {
    checkDraft(inputFor(text));
    writeGood(text);
  }
  const ours: number[] = [];
  const theirs: number[] = [];
  // Four rounds: enough to even out drift, few enough boundaries for GC to stay put.
  const BLOCK = Math.ceil(drafts.length / 4);
  for (let from = 0; from < drafts.length; from += BLOCK) {
    const block = drafts.slice(from, from + BLOCK);
    for (const input of block.map(inputFor)) ours.push(timeOne(() => checkDraft(input)));
    block.forEach((text, i) => {
      if ((from + i) % every === 0) theirs.push(timeOne(() => writeGood(text)));
    });
  }
  return { ours: stats(ours), theirs: stats(theirs) };
}

/**
 * The panel's real workload: the same draft re-checked after each edit, one sentence
 * different each time (the rest hit the per-sentence memo).
 */
function typingDrafts(base: string, count: number, seed: number): string[] {
  const next = random(seed);
  const at = base.indexOf('\n\n') + 2;
  return Array.from(
    { length: count },
    () => `${base.slice(0, at)}${sentence(next)} ${base.slice(at)}`,
  );
}

const sizes = [150, 300, 2000] as const;

export async function benchCore(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const size of sizes) {
    // Every timed call sees a draft it has never seen: no memo of the text can help.
    const iterations = size >= 2000 ? 300 : 1500;
    const drafts = Array.from({ length: iterations }, (_, i) => makeDraft(size, size * 7919 + i));
    const warm = Array.from({ length: 50 }, (_, i) => makeDraft(size, 1e6 + size + i));
    const { ours, theirs } = timePair(warm, drafts, size >= 2000 ? 3 : 4);
    const typing = time(
      typingDrafts(drafts[0] ?? '', 50, size + 1).map(inputFor),
      typingDrafts(drafts[0] ?? '', iterations, size + 2).map(inputFor),
      checkDraft,
    );
    const label = `${size}w`;
    result[`lint_ms_p50_${label}`] = round(ours.p50);
    result[`lint_ms_p95_${label}`] = round(ours.p95);
    result[`lint_typing_ms_p50_${label}`] = round(typing.p50);
    result[`lint_typing_ms_p95_${label}`] = round(typing.p95);
    result[`writegood_ms_p50_${label}`] = round(theirs.p50);
    result[`writegood_ms_p95_${label}`] = round(theirs.p95);
    result[`words_${label}`] = checkDraft(inputFor(drafts[0] ?? '')).words;
  }
  const ratio = (label: string) =>
    (result[`writegood_ms_p50_${label}`] ?? 0) /
    Math.max(1e-6, result[`lint_ms_p50_${label}`] ?? 0);
  result.lint_speedup_vs_writegood_300w = round(ratio('300w'));
  result.lint_speedup_vs_writegood_2000w = round(ratio('2000w'));
  // The headline is the weaker of the two, so one good size cannot hide a bad one.
  result.lint_speedup_vs_writegood = round(Math.min(ratio('300w'), ratio('2000w')));
  return result;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function table(result: Record<string, number>): string {
  const rows = sizes.map((size) => {
    const k = `${size}w`;
    const ours = result[`lint_ms_p50_${k}`] ?? 0;
    const theirs = result[`writegood_ms_p50_${k}`] ?? 0;
    return [
      `${result[`words_${k}`]} words`.padEnd(12),
      `${ours.toFixed(3)} / ${(result[`lint_ms_p95_${k}`] ?? 0).toFixed(3)}`.padEnd(22),
      `${(result[`lint_typing_ms_p50_${k}`] ?? 0).toFixed(3)} / ${(result[`lint_typing_ms_p95_${k}`] ?? 0).toFixed(3)}`.padEnd(
        22,
      ),
      `${theirs.toFixed(3)} / ${(result[`writegood_ms_p95_${k}`] ?? 0).toFixed(3)}`.padEnd(22),
      `${(theirs / Math.max(1e-6, ours)).toFixed(1)}×`,
    ].join('');
  });
  return [
    `${'draft'.padEnd(12)}${'checkDraft p50/p95'.padEnd(22)}${'…while typing'.padEnd(22)}${'write-good p50/p95'.padEnd(22)}speed-up`,
    ...rows,
    'ms; "while typing" = same draft, one sentence changed per check',
    `targets: p50 ≤ 1 ms at 300 words, ≤ 5 ms at 2,000; speed-up ≥ 10× (now ${result.lint_speedup_vs_writegood}×)`,
  ].join('\n');
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(entry).href) {
  const result = await benchCore();
  process.stdout.write(
    process.argv.includes('--json') ? `${JSON.stringify(result)}\n` : `${table(result)}\n`,
  );
}
