/**
 * Runs the panel's checks on evaluation cases (format and contract: shared/eval/README.md):
 *
 *     npx tsx src/cli/check.ts FILE.json        # one case or an array of cases
 *
 * Prints one JSON array, one object per well-formed case, in input order. A malformed case
 * gets a line on stderr naming the case and the field, and the exit code is 1; the other
 * cases are still checked. A file that is not JSON, or not an object or array, exits with 2.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import english from '../../public/_locales/en/messages.json';
import { checkDraft } from '../core/checks/index';
import { catalogLookup, wordWith } from '../core/i18n/text';
import type { ConcernVerdict, Finding, GreetingVerdict } from '../core/checks/types';
import { followUpDates } from '../core/timing/follow-up-dates';
import { thankYouWindow } from '../core/timing/thank-you-window';
import { shippedConcernModel } from './concern-model';
import { parseCase, type ParsedCase } from './eval-case';

export interface CheckOutput {
  id: string;
  words: number;
  concerns: ConcernOutput[];
  greeting: GreetingVerdict;
  findings: (Pick<Finding, 'rule' | 'severity'> & { message: string })[];
  due: { thankYouBy: string; followUpOn: string };
}

/**
 * One concern as the contract has it: `addressed` is always the best guess; `sure: false`
 * marks a verdict the panel shows as "not sure".
 */
export interface ConcernOutput {
  addressed: boolean;
  sure: boolean;
  evidence: string | null;
}

export function concernOutput({ addressed, sure, evidence }: ConcernVerdict): ConcernOutput {
  return { addressed, sure, evidence };
}

const HOUR = 3_600_000;

/** The command line words findings in English, from the same messages the extension ships. */
const inEnglish = catalogLookup(english);

/**
 * The instant the timing rule runs at. Cases carry no clock, so unless a case says `now`
 * it is the interview time + 2 h: the same output on every run, inside the 24-hour window.
 */
function nowFor(raw: Record<string, unknown>, parsed: ParsedCase): string {
  if (raw.now !== undefined) {
    if (typeof raw.now !== 'string' || Number.isNaN(Date.parse(raw.now))) {
      throw new Error(`${parsed.id}: now must be an ISO 8601 date-time`);
    }
    return raw.now;
  }
  return new Date(Date.parse(parsed.interview.when) + 2 * HOUR).toISOString();
}

export function checkCase(item: unknown, index: number): CheckOutput {
  const parsed = parseCase(item, `case #${index + 1}`);
  if (Number.isNaN(Date.parse(parsed.interview.when))) {
    throw new Error(`${parsed.id}: interview.when must be an ISO 8601 date-time`);
  }
  const now = nowFor(item as Record<string, unknown>, parsed);
  const report = checkDraft(
    {
      interview: parsed.interview,
      interviewerId: parsed.interviewerId,
      text: parsed.draft,
      kind: 'thank-you',
      now,
    },
    { concernModel: shippedConcernModel() },
  );
  return {
    id: parsed.id,
    words: report.words,
    concerns: report.concerns.map(concernOutput),
    greeting: report.greeting,
    findings: report.findings.map(({ rule, severity, message }) => ({
      rule,
      severity,
      message: wordWith(inEnglish, message),
    })),
    due: {
      thankYouBy: thankYouWindow(parsed.interview).dueAt,
      followUpOn: followUpDates(parsed.interview, 0).first,
    },
  };
}

/** Checks every case in `json`; returns the outputs and one message per malformed case. */
export function checkAll(json: unknown): { outputs: CheckOutput[]; errors: string[] } {
  const list = Array.isArray(json) ? json : [json];
  const outputs: CheckOutput[] = [];
  const errors: string[] = [];
  list.forEach((item, i) => {
    try {
      outputs.push(checkCase(item, i));
    } catch (err) {
      errors.push(err instanceof Error ? err.message : String(err));
    }
  });
  return { outputs, errors };
}

function main(args: string[]): number {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: check FILE.json  (one case or an array of cases)\n');
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    process.stderr.write(`${file}: cannot read a JSON file (${why})\n`);
    return 2;
  }
  if (typeof json !== 'object' || json === null) {
    process.stderr.write(`${file}: expected one case (an object) or an array of cases\n`);
    return 2;
  }
  const { outputs, errors } = checkAll(json);
  process.stdout.write(`${JSON.stringify(outputs, null, 2)}\n`);
  for (const error of errors) process.stderr.write(`${error}\n`);
  return errors.length > 0 ? 1 : 0;
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(entry).href) {
  process.exitCode = main(process.argv.slice(2));
}
