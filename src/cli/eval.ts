/**
 * Scores concern coverage and the greeting verdict on labelled cases (the eval format of
 * `test/eval/dev.json`): `npx tsx src/cli/eval.ts [FILE] [--json] [--lexicon]`.
 *
 * Forced figures score every verdict; selective figures score only the sure ones. Beside the
 * figures on FILE it prints the leave-fields-out figures recorded when the shipped model was
 * trained (test/corpus/model-manifest.json): the figure that predicts a new user's field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { assessConcerns, type ConcernModel } from '../core/concerns/index';
import { shippedConcernModel } from './concern-model';
import { greetingVerdict } from '../core/greeting/index';
import { extractOwnText } from '../core/text/own-text';
import { parseCases, type ParsedCase } from './eval-case';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Miss {
  id: string;
  kind: 'concern' | 'greeting';
  concern?: string;
  expected: string;
  got: string;
  evidence?: string | null;
}

export interface EvalReport {
  cases: number;
  concerns: number;
  addressed: Prf;
  missing: Prf;
  macroF1: number;
  /** Share of scored concerns with a sure verdict, and the precision of each sure class. */
  sureCoverage: number;
  sureAddressedPrecision: number;
  sureMissingPrecision: number;
  greetingAccuracy: number;
  greetings: number;
  wrong: Miss[];
  errors: string[];
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: tp + fn };
}

export function evaluate(
  cases: ParsedCase[],
  errors: string[] = [],
  model: ConcernModel | null = null,
): EvalReport {
  let sureA = 0;
  let sureAok = 0;
  let sureM = 0;
  let sureMok = 0;
  let tp = 0; // addressed predicted and labelled
  let fp = 0; // addressed predicted, labelled missing
  let fn = 0; // missing predicted, labelled addressed
  let tn = 0;
  let greetOk = 0;
  let greetN = 0;
  const wrong: Miss[] = [];
  for (const c of cases) {
    const interviewer = c.interview.interviewers.find((i) => i.id === c.interviewerId);
    if (!interviewer) continue;
    const others = c.interview.interviewers.filter((i) => i !== interviewer);
    const own = extractOwnText(c.draft);
    const verdicts = assessConcerns(own, interviewer, others, model ? { model } : {});
    c.expect?.concerns?.forEach((e, k) => {
      if (e.addressed === null) return;
      const v = verdicts[k];
      const got = v?.addressed ?? false;
      if (got && e.addressed) tp++;
      else if (got) fp++;
      else if (e.addressed) fn++;
      else tn++;
      if (v?.sure && got) {
        sureA++;
        if (e.addressed) sureAok++;
      } else if (v?.sure) {
        sureM++;
        if (!e.addressed) sureMok++;
      }
      if (got !== e.addressed) {
        wrong.push({
          id: c.id,
          kind: 'concern',
          concern: interviewer.concerns[k]?.text ?? '',
          expected: e.addressed ? 'addressed' : 'missing',
          got: got ? 'addressed' : 'missing',
          evidence: v?.evidence ?? null,
        });
      }
    });
    const expectedGreeting = c.expect?.nameInGreeting;
    if (expectedGreeting) {
      greetN++;
      const g = greetingVerdict(own, interviewer, others);
      if (g.verdict === expectedGreeting) greetOk++;
      else {
        wrong.push({
          id: c.id,
          kind: 'greeting',
          expected: expectedGreeting,
          got: g.verdict,
          evidence: g.found ?? null,
        });
      }
    }
  }
  const addressed = prf(tp, fp, fn);
  const missing = prf(tn, fn, fp);
  return {
    cases: cases.length,
    concerns: tp + fp + fn + tn,
    addressed,
    missing,
    macroF1: (addressed.f1 + missing.f1) / 2,
    sureCoverage: tp + fp + fn + tn === 0 ? 0 : (sureA + sureM) / (tp + fp + fn + tn),
    sureAddressedPrecision: sureA === 0 ? 0 : sureAok / sureA,
    sureMissingPrecision: sureM === 0 ? 0 : sureMok / sureM,
    greetingAccuracy: greetN === 0 ? 0 : greetOk / greetN,
    greetings: greetN,
    wrong,
    errors,
  };
}

const pct = (x: number): string => x.toFixed(3);

function printReport(r: EvalReport): void {
  const row = (name: string, m: Prf): string =>
    `${name.padEnd(10)} precision ${pct(m.precision)}  recall ${pct(m.recall)}  F1 ${pct(m.f1)}  (n=${m.support})`;
  console.log(`${r.cases} cases, ${r.concerns} scored concerns`);
  console.log(row('addressed', r.addressed));
  console.log(row('missing', r.missing));
  console.log(`macro-F1   ${pct(r.macroF1)}`);
  console.log(
    `sure       ${pct(r.sureCoverage)} of concerns; precision of sure ✓ ${pct(r.sureAddressedPrecision)}, of sure ✗ ${pct(r.sureMissingPrecision)}`,
  );
  console.log(`greeting   accuracy ${pct(r.greetingAccuracy)} (${r.greetings} cases)`);
  if (r.wrong.length > 0) console.log('\nWrong:');
  for (const w of r.wrong) {
    const what = w.kind === 'concern' ? `concern "${w.concern}"` : 'greeting';
    const evidence = w.evidence ? `  evidence: "${w.evidence}"` : '';
    console.log(`  ${w.id}  ${what}: expected ${w.expected}, got ${w.got}${evidence}`);
  }
  for (const e of r.errors) console.error(e);
}

interface Held {
  concerns: number;
  macroF1: number;
  missing: { precision: number; recall: number };
  sureCoverage: number;
  sureAddressedPrecision: number;
  sureMissingPrecision: number;
}

/** The leave-fields-out figures the training run recorded, if the manifest is here. */
function leaveFieldsOut(): {
  figures: Held;
  secondOpinion: Held | null;
  fields: number;
  drafts: number;
} | null {
  const file = resolve(import.meta.dirname, '../../test/corpus/model-manifest.json');
  if (!existsSync(file)) return null;
  const m = JSON.parse(readFileSync(file, 'utf8')) as {
    leaveFieldsOut: Held | null;
    secondOpinion?: Held | null;
    corpus: { fields: string[]; drafts: number };
  };
  return m.leaveFieldsOut
    ? {
        figures: m.leaveFieldsOut,
        secondOpinion: m.secondOpinion ?? null,
        fields: m.corpus.fields.length,
        drafts: m.corpus.drafts,
      }
    : null;
}

function main(argv: string[]): void {
  const json = argv.includes('--json');
  const lexicon = argv.includes('--lexicon');
  const file = argv.find((a) => !a.startsWith('--')) ?? 'test/eval/dev.json';
  const { cases, errors } = parseCases(JSON.parse(readFileSync(file, 'utf8')));
  const report = evaluate(cases, errors, lexicon ? null : shippedConcernModel());
  const held = lexicon ? null : leaveFieldsOut();
  if (json) {
    console.log(JSON.stringify({ ...report, leaveFieldsOut: held?.figures ?? null }));
    return;
  }
  console.log(
    lexicon
      ? 'Concern check: word lists alone (--lexicon)'
      : 'Concern check: word-list verdicts, sure where the pair model agrees',
  );
  printReport(report);
  if (held) {
    console.log(
      `\nLeave-fields-out (training run; ${held.drafts} corpus drafts, each of ${held.fields} fields scored by a model that never saw it):`,
    );
    const line = (name: string, h: Held) => {
      console.log(
        `${name} macro-F1 ${pct(h.macroF1)}; missing precision ${pct(h.missing.precision)} recall ${pct(h.missing.recall)} (${h.concerns} concerns)`,
      );
      console.log(
        `${' '.repeat(name.length)} sure ${pct(h.sureCoverage)} of concerns; precision of sure ✓ ${pct(h.sureAddressedPrecision)}, of sure ✗ ${pct(h.sureMissingPrecision)}`,
      );
    };
    if (held.secondOpinion) line('as shipped (word lists + model):', held.secondOpinion);
    line('the model alone:               ', held.figures);
  }
}

main(process.argv.slice(2));
