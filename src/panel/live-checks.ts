/**
 * Runs the draft checks on what the compose window holds and shapes the report for the panel:
 * groups (Concerns first), a one-line summary for the live region, and a fingerprint so the
 * panel re-renders only when something a person would see changed.
 */
import type { checkDraft as CheckDraft } from '../core/checks/index';
import type { ConcernModel } from '../core/concerns/index';
import { clip, formatSeconds } from '../core/checks/format';
import type { DraftReport, Finding, Severity } from '../core/checks/types';
import type { Interview, Interviewer, NoteKind, Settings } from '../core/model/types';
import type { ComposeState } from '../shared/compose-protocol';
import type { Text } from '../core/i18n/text';
import { t, type MessageKey } from '../ui/i18n';

export interface LiveCheckInput {
  state: ComposeState;
  interview: Interview;
  interviewer: Interviewer;
  kind: NoteKind;
  now: string;
  /** Every saved interview, for the other companies a reused note might still name. */
  interviews: readonly Interview[];
  settings: Pick<Settings, 'rules'>;
  /** Fields the inserted template could not fill, while that draft is in the compose. */
  unfilledFields?: string[];
}

let checkDraft: typeof CheckDraft | null = null;

/**
 * The checks are the panel's biggest chunk, and nothing needs them before the first compose
 * state arrives: they load after the panel's first paint, so the panel appears sooner
 * beside the compose. Resolves once `runChecks` can answer.
 */
export const checksReady: Promise<void> = import('../core/checks/index').then((checks) => {
  checkDraft = checks.checkDraft;
});

export const checksLoaded = (): boolean => checkDraft !== null;

let concernModel: ConcernModel | null = null;
/** Why the concern model could not load (the word-list check answers instead), or null. */
let concernModelProblem: string | null = null;

/**
 * The learned concern model (about 3.6 MB of weights and word vectors, shipped in the
 * extension and read from its own files, never from the network). It loads after the checks,
 * so the first findings paint as soon as before; until it is ready, or if its files are
 * damaged, the word-list check answers.
 */
export const concernModelReady: Promise<void> = checksReady.then(async () => {
  try {
    const [{ MODEL_PATH, VECTORS_PATH, parseConcernModel }, { default: browser }] =
      await Promise.all([import('../core/concerns/load-model'), import('../shared/browser')]);
    const read = async (path: string): Promise<Response> => {
      const response = await fetch(browser.runtime.getURL(path));
      if (!response.ok) throw new Error(`${path} could not be read (${response.status}).`);
      return response;
    };
    const [json, bytes] = await Promise.all([
      read(MODEL_PATH).then((r) => r.json() as Promise<unknown>),
      read(VECTORS_PATH).then((r) => r.arrayBuffer()),
    ]);
    concernModel = parseConcernModel(json, bytes);
  } catch (err) {
    concernModelProblem = err instanceof Error ? err.message : String(err);
    console.warn(
      `Follow-Through: concern model not loaded, using word lists: ${concernModelProblem}`,
    );
  }
});

export const concernModelLoaded = (): boolean =>
  concernModel !== null || concernModelProblem !== null;

/** The report for this draft, or null while the checks are still loading. */
export function runChecks(input: LiveCheckInput): DraftReport | null {
  if (!checkDraft) return null;
  const { state, interview, interviewer } = input;
  const company = interview.company.trim().toLowerCase();
  const otherCompanies = [
    ...new Set(
      input.interviews
        .filter((i) => i.id !== interview.id)
        .map((i) => i.company.trim())
        .filter((c) => c && c.toLowerCase() !== company),
    ),
  ];
  return checkDraft(
    {
      interview,
      interviewerId: interviewer.id,
      text: state.text ?? '',
      ...(state.subject !== null ? { subject: state.subject } : {}),
      ...(state.to !== null ? { to: state.to } : {}),
      kind: input.kind,
      now: input.now,
      siblingNotes: siblingNotes(interview, interviewer.id),
      otherCompanies,
      ...(input.unfilledFields?.length ? { unfilledFields: input.unfilledFields } : {}),
      rules: input.settings.rules,
    },
    { concernModel },
  );
}

/** What was sent to each colleague from the same interview: sameness compares against it. */
export function siblingNotes(
  interview: Interview,
  interviewerId: string,
): { interviewerId: string; text: string }[] {
  return interview.interviewers
    .filter((p) => p.id !== interviewerId)
    .flatMap((p) =>
      p.history
        .filter((n) => n.kind !== 'follow-up' && n.text.trim())
        .map((n) => ({ interviewerId: p.id, text: n.text })),
    );
}

export interface ConcernItem {
  id: string;
  text: string;
  addressed: boolean;
  evidence: string | null;
  plan: string | null;
}

export interface FindingGroup {
  id: string;
  title: MessageKey;
  findings: Finding[];
}

export interface ReportView {
  words: number;
  reading: Text;
  /** Null when the concerns rule is switched off. */
  concerns: ConcernItem[] | null;
  groups: FindingGroup[];
  summary: string;
  problems: number;
  fingerprint: string;
}

/** Groups in the order a person fixes things: what matters to the interviewer first. */
const GROUPS: readonly { id: string; title: MessageKey; rules: readonly string[] }[] = [
  { id: 'length', title: 'groupLength', rules: ['length'] },
  { id: 'names', title: 'groupNames', rules: ['greeting', 'leftovers', 'recipient'] },
  { id: 'content', title: 'groupContent', rules: ['specific', 'structure', 'sameness'] },
  { id: 'style', title: 'groupStyle', rules: ['tone', 'readability'] },
  { id: 'timing', title: 'groupTiming', rules: ['timing'] },
];

export function viewReport(
  report: DraftReport,
  interviewer: Interviewer,
  settings: Pick<Settings, 'rules'>,
): ReportView {
  const concernsOn = settings.rules.concerns?.enabled !== false;
  const verdicts = new Map(report.concerns.map((v) => [v.concernId, v]));
  const concerns = concernsOn
    ? interviewer.concerns
        .filter((c) => c.text.trim())
        .map((c) => {
          const verdict = verdicts.get(c.id);
          return {
            id: c.id,
            text: clip(c.text, 80),
            addressed: verdict?.addressed ?? false,
            evidence: verdict?.evidence ? clip(verdict.evidence, 160) : null,
            plan: c.answer?.trim() ? clip(c.answer, 120) : null,
          };
        })
    : null;

  const placed = new Set<string>(['concerns']);
  const groups: FindingGroup[] = GROUPS.map((g) => {
    g.rules.forEach((r) => placed.add(r));
    return {
      id: g.id,
      title: g.title,
      findings: report.findings.filter((f) => g.rules.includes(f.rule)),
    };
  });
  // A rule added to core later still shows, under "Other", rather than silently vanishing.
  const other = report.findings.filter((f) => !placed.has(f.rule));
  if (other.length) groups.push({ id: 'other', title: 'groupOther', findings: other });

  const problems = report.findings.filter(
    (f) => f.rule !== 'concerns' && f.severity !== 'info',
  ).length;
  const summary = summarise(report.words, concerns, problems);
  const visible = {
    w: report.words,
    c: concerns,
    g: groups.map((g) => g.findings.map((f) => [f.rule, f.severity, f.message])),
  };
  return {
    words: report.words,
    reading: formatSeconds(report.readingSeconds),
    concerns,
    groups: groups.filter((g) => g.findings.length > 0),
    summary,
    problems,
    fingerprint: JSON.stringify(visible),
  };
}

/** "2 concerns answered, 1 missing; 171 words; 1 thing to check" for the live region. */
export function summarise(words: number, concerns: ConcernItem[] | null, problems: number): string {
  const parts: string[] = [];
  if (concerns && concerns.length) {
    const answered = concerns.filter((c) => c.addressed).length;
    const missing = concerns.length - answered;
    parts.push(
      missing === 0
        ? allAnswered(concerns.length)
        : `${answeredCount(answered)}, ${t('summaryMissing', [missing])}`,
    );
  }
  parts.push(words === 1 ? t('summaryWordsOne') : t('summaryWordsMany', [words]));
  if (problems) {
    parts.push(problems === 1 ? t('summaryThingsOne') : t('summaryThingsMany', [problems]));
  }
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "1 concern answered", "all 3 concerns answered". */
export function allAnswered(count: number): string {
  return count === 1 ? t('summaryAllOne') : t('summaryAllMany', [count]);
}

/** "1 concern answered", "0 concerns answered". */
export function answeredCount(count: number): string {
  return count === 1 ? t('summaryAnsweredOne') : t('summaryAnsweredMany', [count]);
}

export const SEVERITY_LABEL: Record<Severity, MessageKey> = {
  error: 'severity_error',
  warning: 'severity_warning',
  info: 'severity_info',
};
