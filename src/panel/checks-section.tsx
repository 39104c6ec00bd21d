import { memo } from 'preact/compat';
import { useState } from 'preact/hooks';
import type { Finding, Severity } from '../core/checks/types';
import { SEVERITY_LABEL, type ConcernItem, type ReportView } from './live-checks';
import type { PanelModel } from './panel-model';

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
      <h2 id="ft-checks-h">Checks</h2>
      {report ? (
        <Report report={report} />
      ) : (
        <p class="muted small">
          {compose && compose.text === null
            ? "Can't read the message text, so there is nothing to check yet."
            : 'The checks appear here as you write.'}
        </p>
      )}
    </section>
  );
}

// Re-renders only when the report object changes, which the model does only when its content
// (what a person would see) changed.
const Report = memo(function Report({ report }: { report: ReportView }) {
  return (
    <div id="ft-findings">
      <p class="small muted">
        {report.words} {report.words === 1 ? 'word' : 'words'} · about {report.reading} to read
      </p>
      {report.concerns && report.concerns.length > 0 && <Concerns concerns={report.concerns} />}
      {report.groups.map((group) => (
        <div class="group" key={group.id}>
          <h3 id={`ft-g-${group.id}`}>{group.title}</h3>
          <ul class="plain-list findings" aria-labelledby={`ft-g-${group.id}`}>
            {group.findings.map((f, i) => (
              <FindingItem key={`${f.rule}:${i}:${f.message}`} finding={f} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
});

function Concerns({ concerns }: { concerns: ConcernItem[] }) {
  return (
    <div class="group">
      <h3 id="ft-g-concerns">Concerns</h3>
      <ul class="plain-list findings" aria-labelledby="ft-g-concerns" id="ft-concerns">
        {concerns.map((c) => (
          <Expandable
            key={c.id}
            kind={c.addressed ? 'ok' : 'warning'}
            label={c.addressed ? 'Answered' : 'Missing'}
            text={c.text}
            detail={
              c.addressed
                ? c.evidence
                  ? `Your note says: “${c.evidence}”`
                  : 'Your note answers it.'
                : c.plan
                  ? `Not answered yet. Your planned answer: “${c.plan}”`
                  : 'Not answered yet. Add a sentence that answers it.'
            }
            summary={c.addressed && c.evidence ? `“${c.evidence}”` : null}
          />
        ))}
      </ul>
    </div>
  );
}

function FindingItem({ finding }: { finding: Finding }) {
  return (
    <Expandable
      kind={finding.severity}
      label={SEVERITY_LABEL[finding.severity]}
      text={finding.message}
      detail={`Why: ${finding.reason}`}
      summary={null}
    />
  );
}

const ICON: Record<Severity | 'ok', string> = { error: '✕', warning: '!', info: 'i', ok: '✓' };

function Expandable(props: {
  kind: Severity | 'ok';
  label: string;
  text: string;
  summary: string | null;
  detail: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <li class={`finding sev-${props.kind}`}>
      <button
        type="button"
        class="finding-button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <span class="sev-icon" aria-hidden="true">
          {ICON[props.kind]}
        </span>
        <span class="finding-text">
          <span class="sev-label">{props.label}:</span> {props.text}
          {props.summary && <span class="evidence">{props.summary}</span>}
        </span>
      </button>
      {open && <p class="finding-detail small">{props.detail}</p>}
    </li>
  );
}
