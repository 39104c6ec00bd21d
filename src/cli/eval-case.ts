/**
 * Parses evaluation cases (format: shared/eval/README.md) into the product's data model, so
 * `eval` and `check` run the very same code the panel runs on a saved interview.
 */
import {
  SCHEMA_VERSION,
  type Concern,
  type Interview,
  type Interviewer,
} from '../core/model/types';
import type { GreetingVerdict } from '../core/checks/types';

export interface ExpectedConcern {
  /** null marks a judgement call, left out of scoring. */
  addressed: boolean | null;
  why?: string;
}

export interface CaseExpectation {
  concerns?: ExpectedConcern[];
  nameInGreeting?: GreetingVerdict;
  companyMentioned?: boolean;
}

export interface ParsedCase {
  id: string;
  interview: Interview;
  interviewerId: string;
  draft: string;
  expect?: CaseExpectation;
}

const GREETINGS: readonly GreetingVerdict[] = ['correct', 'misspelled', 'wrong-person', 'missing'];

/** Thrown inside one case; carries the path of the offending field. */
class CaseError extends Error {}

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function obj(value: unknown, path: string): Obj {
  if (!isObj(value)) throw new CaseError(`${path} must be an object`);
  return value;
}

function str(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new CaseError(`${path} must be a string`);
  return value;
}

function optStr(value: unknown, path: string): string | undefined {
  return value === undefined || value === null ? undefined : str(value, path);
}

function arr(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new CaseError(`${path} must be an array`);
  return value;
}

function strings(value: unknown, path: string): string[] {
  return arr(value, path).map((item, i) => str(item, `${path}[${i}]`));
}

function parseInterviewer(value: unknown, index: number, path: string): Interviewer {
  const raw = obj(value, path);
  const concerns: Concern[] = arr(raw.concerns ?? [], `${path}.concerns`).map((item, i) => {
    const where = `${path}.concerns[${i}]`;
    // A concern is shorthand text, or { text, answer } when a planned answer is known.
    if (typeof item === 'string') return { id: `c${i}`, text: item };
    const c = obj(item, where);
    const answer = optStr(c.answer, `${where}.answer`);
    return { id: `c${i}`, text: str(c.text, `${where}.text`), ...(answer ? { answer } : {}) };
  });
  const title = optStr(raw.title, `${path}.title`);
  const email = optStr(raw.email, `${path}.email`);
  return {
    id: `i${index}`,
    name: str(raw.name, `${path}.name`),
    ...(title !== undefined ? { title } : {}),
    ...(email !== undefined ? { email } : {}),
    concerns,
    topics: strings(raw.topics ?? [], `${path}.topics`),
    history: [],
  };
}

function parseExpect(value: unknown, concernCount: number): CaseExpectation | undefined {
  if (value === undefined || value === null) return undefined;
  const raw = obj(value, 'expect');
  const out: CaseExpectation = {};
  if (raw.concerns !== undefined) {
    const list = arr(raw.concerns, 'expect.concerns');
    if (list.length !== concernCount) {
      throw new CaseError(
        `expect.concerns must have one entry per concern (${concernCount}), has ${list.length}`,
      );
    }
    out.concerns = list.map((item, i) => {
      const e = obj(item, `expect.concerns[${i}]`);
      const addressed = e.addressed;
      if (addressed !== null && typeof addressed !== 'boolean') {
        throw new CaseError(`expect.concerns[${i}].addressed must be true, false or null`);
      }
      const why = optStr(e.why, `expect.concerns[${i}].why`);
      return { addressed, ...(why !== undefined ? { why } : {}) };
    });
  }
  if (raw.nameInGreeting !== undefined) {
    const g = raw.nameInGreeting;
    if (typeof g !== 'string' || !(GREETINGS as readonly string[]).includes(g)) {
      throw new CaseError(`expect.nameInGreeting must be one of ${GREETINGS.join(', ')}`);
    }
    out.nameInGreeting = g as GreetingVerdict;
  }
  if (raw.companyMentioned !== undefined) {
    if (typeof raw.companyMentioned !== 'boolean') {
      throw new CaseError('expect.companyMentioned must be a boolean');
    }
    out.companyMentioned = raw.companyMentioned;
  }
  return out;
}

/** Parses one case; `fallbackId` names it in errors when it has no usable id. */
export function parseCase(
  value: unknown,
  fallbackId: string,
  now = new Date().toISOString(),
): ParsedCase {
  const raw = isObj(value) ? value : undefined;
  const id = raw && typeof raw.id === 'string' && raw.id !== '' ? raw.id : fallbackId;
  try {
    if (!raw) throw new CaseError('case must be an object');
    str(raw.id, 'id');
    const iv = obj(raw.interview, 'interview');
    const interviewers = arr(iv.interviewers, 'interview.interviewers').map((item, i) =>
      parseInterviewer(item, i, `interview.interviewers[${i}]`),
    );
    if (interviewers.length === 0) throw new CaseError('interview.interviewers must not be empty');
    const to = raw.to ?? 0;
    if (typeof to !== 'number' || !Number.isInteger(to) || to < 0 || to >= interviewers.length) {
      throw new CaseError(`to must be an interviewer index from 0 to ${interviewers.length - 1}`);
    }
    const decisionBy = optStr(iv.decisionBy, 'interview.decisionBy');
    const interview: Interview = {
      kind: 'interview',
      id,
      schemaVersion: SCHEMA_VERSION,
      rev: 1,
      updatedAt: now,
      company: str(iv.company, 'interview.company'),
      role: str(iv.role, 'interview.role'),
      when: str(iv.when, 'interview.when'),
      format: interviewers.length > 1 ? 'panel' : 'other',
      ...(decisionBy !== undefined ? { decisionBy } : {}),
      channel: 'email',
      notes: '',
      interviewers,
    };
    const draft = str(raw.draft, 'draft');
    const target = interviewers[to] as Interviewer;
    const expect = parseExpect(raw.expect, target.concerns.length);
    return { id, interview, interviewerId: target.id, draft, ...(expect ? { expect } : {}) };
  } catch (err) {
    if (err instanceof CaseError) throw new Error(`${id}: ${err.message}`);
    throw err;
  }
}

/** One case or an array of cases; a malformed case is reported and the rest still parse. */
export function parseCases(json: unknown): { cases: ParsedCase[]; errors: string[] } {
  const list = Array.isArray(json) ? json : [json];
  const cases: ParsedCase[] = [];
  const errors: string[] = [];
  list.forEach((item, i) => {
    try {
      cases.push(parseCase(item, `case #${i + 1}`));
    } catch (err) {
      errors.push(err instanceof Error ? err.message : String(err));
    }
  });
  return { cases, errors };
}
