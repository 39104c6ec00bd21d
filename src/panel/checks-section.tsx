import type { ComponentChildren } from 'preact';
import { memo } from 'preact/compat';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding, Severity } from '../core/checks/types';
import type { ConcernRow, ConcernState, PanelReport } from './concern-view';
import { SEVERITY_LABEL } from './live-checks';
import type { PanelModel } from './panel-model';
import { say, t, type MessageKey } from '../ui/i18n';

/**
 * What the checks found in the compose window's text, grouped, Concerns first. Each item is a
 * button (reachable by Tab) that opens the reason behind it; severity shows as an icon and a
 * word, never colour alone (WCAG 1.4.1).
 */
export function ChecksSection({ model }: { model: PanelModel }) {
  const report = model.report.value;
  const compose = model.compose.value;
  return (
    <section class="card checks" aria-labelledby="ft-checks-h">
      <h2 id="ft-checks-h">{t('checksTitle')}</h2>
      {model.callError.value && (
        <p class="small call-error" role="alert">
          {model.callError.value}
        </p>
      )}
      {report ? (
        <Report report={report} onMark={model.markConcern} />
      ) : (
        <p class="muted small">
          {compose && compose.text === null ? t('checksNoText') : t('checksWaiting')}
        </p>
      )}
    </section>
  );
}

// Re-renders only when the report object changes, which the model does only when its content
// (what a person would see) changed.
type Mark = PanelModel['markConcern'];

const Report = memo(function Report({ report, onMark }: { report: PanelReport; onMark: Mark }) {
  return (
    <div id="ft-findings">
      <p class="small muted">
        {report.words === 1
          ? t('checksWordsOne', [say(report.reading)])
          : t('checksWordsMany', [report.words, say(report.reading)])}
      </p>
      {report.concerns && report.concerns.length > 0 && (
        <Concerns concerns={report.concerns} onMark={onMark} />
      )}
      {report.groups.map((group) => (
        <div class="group" key={group.id}>
          <h3 id={`ft-g-${group.id}`}>{t(group.title)}</h3>
          <ul class="plain-list findings" aria-labelledby={`ft-g-${group.id}`}>
            {group.findings.map((f, i) => (
              <FindingItem key={`${f.rule}:${i}:${JSON.stringify(f.message)}`} finding={f} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
});

function Concerns({ concerns, onMark }: { concerns: ConcernRow[]; onMark: Mark }) {
  return (
    <div class="group">
      <h3 id="ft-g-concerns">{t('checksConcerns')}</h3>
      <ul class="plain-list findings" aria-labelledby="ft-g-concerns" id="ft-concerns">
        {concerns.map((c) => (
          <ConcernEntry key={c.id} row={c} onMark={onMark} />
        ))}
      </ul>
    </div>
  );
}

const LOOK: Record<
  ConcernState,
  { kind: Severity | 'ok' | 'unsure'; label: MessageKey; icon: string }
> = {
  answered: { kind: 'ok', label: 'concernStateAnswered', icon: '✓' },
  missing: { kind: 'warning', label: 'concernStateMissing', icon: '✗' },
  unsure: { kind: 'unsure', label: 'concernStateUnsure', icon: '?' },
};

function concernDetail(c: ConcernRow): string {
  if (c.decidedBy === 'user') {
    if (c.addressed) return t('concernYouMarkedAnsweredDetail');
    return c.plan ? t('concernYouMarkedMissingPlan', [c.plan]) : t('concernYouMarkedMissingDetail');
  }
  switch (c.state) {
    case 'answered':
      return c.evidence ? t('concernNoteSays', [c.evidence]) : t('concernNoteAnswers');
    case 'missing':
      return c.plan ? t('concernNotYetPlan', [c.plan]) : t('concernNotYet');
    case 'unsure':
      if (c.evidence) return t('concernUnsureSentence', [c.evidence]);
      return c.plan ? t('concernUnsurePlan', [c.plan]) : t('concernUnsure');
  }
}

/**
 * One concern: the verdict as a button that opens the reason, then the user's own call. The
 * buttons offer only what would change the verdict, and after a choice focus moves to the
 * control that replaced the one pressed, so a keyboard user is never dropped to the page.
 */
function ConcernEntry({ row, onMark }: { row: ConcernRow; onMark: Mark }) {
  const look = LOOK[row.state];
  const focusNext = useRef<'undo' | 'call' | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const callRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusNext.current === 'undo' && undoRef.current) {
      undoRef.current.focus();
      focusNext.current = null;
    } else if (focusNext.current === 'call' && callRef.current?.querySelector('button')) {
      callRef.current.querySelector('button')?.focus();
      focusNext.current = null;
    }
  });
  const mark = (answered: boolean | null) => {
    focusNext.current = answered === null ? 'call' : 'undo';
    void onMark(row.id, answered);
  };
  return (
    <Expandable
      kind={look.kind}
      icon={look.icon}
      label={t(look.label)}
      text={row.text}
      detail={concernDetail(row)}
      summary={row.state !== 'missing' && row.evidence ? t('concernQuote', [row.evidence]) : null}
      data-state={row.state}
    >
      <div class="concern-call" ref={callRef}>
        {row.decidedBy === 'user' ? (
          <>
            <span class="small muted">
              {row.addressed ? t('concernYouMarkedAnswered') : t('concernYouMarkedMissing')}
            </span>
            <button
              type="button"
              class="link-button"
              ref={undoRef}
              data-call="undo"
              aria-label={t('concernUndoLabel', [row.text])}
              onClick={() => mark(null)}
            >
              {t('concernUndo')}
            </button>
          </>
        ) : (
          <>
            {row.state !== 'answered' && (
              <button
                type="button"
                class="button small-button"
                data-call="answered"
                aria-label={t('concernAnswersItLabel', [row.text])}
                onClick={() => mark(true)}
              >
                {t('concernAnswersIt')}
              </button>
            )}
            {row.state !== 'missing' && (
              <button
                type="button"
                class="button small-button"
                data-call="missing"
                aria-label={t('concernNotAnsweredLabel', [row.text])}
                onClick={() => mark(false)}
              >
                {t('concernNotAnswered')}
              </button>
            )}
          </>
        )}
      </div>
    </Expandable>
  );
}

function FindingItem({ finding }: { finding: Finding }) {
  return (
    <Expandable
      kind={finding.severity}
      label={t(SEVERITY_LABEL[finding.severity])}
      text={say(finding.message)}
      detail={t('findingWhy', [t(finding.reason)])}
      summary={null}
    />
  );
}

const ICON: Record<Severity | 'ok' | 'unsure', string> = {
  error: '✕',
  warning: '!',
  info: 'i',
  ok: '✓',
  unsure: '?',
};

function Expandable(props: {
  kind: Severity | 'ok' | 'unsure';
  label: string;
  text: string;
  summary: string | null;
  detail: string;
  'data-state'?: string;
  children?: ComponentChildren;
  /** Overrides the severity's icon (concerns: ✓ answered, ✗ not answered, ? not sure). */
  icon?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <li class={`finding sev-${props.kind}`} data-state={props['data-state']}>
      <button
        type="button"
        class="finding-button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <span class="sev-icon" aria-hidden="true">
          {props.icon ?? ICON[props.kind]}
        </span>
        <span class="finding-text">
          <span class="sev-label">{t('findingLabel', [props.label])}</span> {props.text}
          {props.summary && <span class="evidence">{props.summary}</span>}
        </span>
      </button>
      {open && <p class="finding-detail small">{props.detail}</p>}
      {props.children}
    </li>
  );
}
