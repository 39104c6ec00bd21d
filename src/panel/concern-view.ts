/**
 * What the panel shows for each concern: ✓ answered, ✗ not answered or "not sure", with the
 * user's own call ("This answers it" / "Not answered") winning over the checker's verdict.
 * The summary line for the live region counts the same way.
 */
import type { ConcernVerdict } from '../core/checks/types';
import { userCall } from '../core/model/answered-marks';
import type { Interviewer, NoteKind } from '../core/model/types';
import {
  allAnswered,
  answeredCount,
  summarise,
  type ConcernItem,
  type ReportView,
} from './live-checks';
import { t } from '../ui/i18n';

export type ConcernState = 'answered' | 'missing' | 'unsure';

export interface ConcernRow extends ConcernItem {
  state: ConcernState;
  /** Who decided: the user's own call, or the checker. */
  decidedBy: 'user' | 'checker';
}

export interface PanelReport extends ReportView {
  concerns: ConcernRow[] | null;
}

export function withUserCalls(
  view: ReportView,
  verdicts: readonly ConcernVerdict[],
  interviewer: Interviewer,
  kind: NoteKind,
): PanelReport {
  if (!view.concerns) return { ...view, concerns: null };
  const byId = new Map(verdicts.map((v) => [v.concernId, v]));
  const rows = view.concerns.map((item): ConcernRow => {
    const concern = interviewer.concerns.find((c) => c.id === item.id);
    const call = concern ? userCall(concern, kind) : undefined;
    if (call !== undefined) {
      return { ...item, addressed: call, state: call ? 'answered' : 'missing', decidedBy: 'user' };
    }
    const verdict = byId.get(item.id);
    const state = verdict && !verdict.sure ? 'unsure' : item.addressed ? 'answered' : 'missing';
    return { ...item, state, decidedBy: 'checker' };
  });
  return {
    ...view,
    concerns: rows,
    summary: summaryLine(view, rows),
    fingerprint: JSON.stringify([view.fingerprint, rows.map((r) => [r.state, r.decidedBy])]),
  };
}

/** "2 concerns answered, 1 missing, 1 not sure; 171 words; 1 thing to check". */
export function summaryLine(
  view: Pick<ReportView, 'words' | 'problems'>,
  rows: ConcernRow[],
): string {
  const rest = summarise(view.words, null, view.problems);
  if (rows.length === 0) return rest;
  const answered = rows.filter((r) => r.state === 'answered').length;
  const missing = rows.filter((r) => r.state === 'missing').length;
  const unsure = rows.filter((r) => r.state === 'unsure').length;
  let part: string;
  if (answered === rows.length) {
    part = allAnswered(rows.length);
  } else {
    part = answeredCount(answered);
    if (missing) part += `, ${t('summaryMissing', [missing])}`;
    if (unsure) part += `, ${t('summaryUnsure', [unsure])}`;
  }
  return `${part.charAt(0).toUpperCase()}${part.slice(1)}; ${rest}`;
}
