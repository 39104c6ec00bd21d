/**
 * What already happened with an interview: its outcome, and per
 * interviewer every note sent, oldest first, with time, channel and text. The record is the
 * interview itself (`outcome`, `interviewers[].history`), so an export carries it as is.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type {
  Interview,
  InterviewOutcome,
  Interviewer,
  Outcome,
  SentNote,
} from '../core/model/types';
import { t, type MessageKey } from '../ui/i18n';
import { OUTCOME_KEY } from './format';
import { OutcomeForm } from './outcome-form';

export interface InterviewHistoryProps {
  interview: Interview;
  /** Open the outcome form at once and focus it (a "close" notification's deep link). */
  openOutcome?: boolean;
  onOutcome: (outcome: InterviewOutcome | undefined) => void;
  now: () => Date;
}

const outcomeLabel = (result: Outcome) => t(OUTCOME_KEY[result]);
const KIND_KEY: Record<SentNote['kind'], MessageKey> = {
  'thank-you': 'historyKind_thank_you',
  'follow-up': 'historyKind_follow_up',
  card: 'historyKind_card',
};
const kindLabel = (kind: SentNote['kind']) => t(KIND_KEY[kind]);

/** "Tue, Apr 7, 4:05 PM" in the user's zone: when the user sent it, not where they were. */
export function formatSentAt(iso: string, locale?: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(at);
}

export function InterviewHistory({
  interview,
  openOutcome,
  onOutcome,
  now,
}: InterviewHistoryProps) {
  return (
    <section class="history" aria-labelledby="history-title">
      <h3 id="history-title">{t('historyHeading')}</h3>
      <OutcomeBlock
        outcome={interview.outcome}
        openOutcome={openOutcome ?? false}
        onOutcome={onOutcome}
        now={now}
      />
      {interview.interviewers.map((person) => (
        <PersonHistory key={person.id} person={person} />
      ))}
    </section>
  );
}

function OutcomeBlock(props: {
  outcome: InterviewOutcome | undefined;
  openOutcome: boolean;
  onOutcome: (outcome: InterviewOutcome | undefined) => void;
  now: () => Date;
}) {
  const { outcome } = props;
  const [editing, setEditing] = useState(props.openOutcome);
  const block = useRef<HTMLDivElement>(null);
  // A deep link lands on the form, not on the top of a long page: focus its first choice.
  useLayoutEffect(() => {
    if (!props.openOutcome) return;
    const first = block.current?.querySelector<HTMLElement>('input[type="radio"]');
    first?.focus();
    first?.scrollIntoView?.({ block: 'center' });
  }, []);

  return (
    <div class="history-outcome" role="group" aria-labelledby="history-outcome-title" ref={block}>
      <h4 id="history-outcome-title">{t('historyOutcome')}</h4>
      {outcome ? (
        <p>
          <strong>{outcomeLabel(outcome.result)}</strong>
          {' · '}
          <time dateTime={outcome.closedAt}>
            {t('historyClosedAt', [formatSentAt(outcome.closedAt)])}
          </time>
          {outcome.lesson && (
            <>
              <br />
              <span class="muted">{t('historyLesson', [outcome.lesson])}</span>
            </>
          )}
        </p>
      ) : (
        <p class="muted">{t('historyOpen')}</p>
      )}
      {editing ? (
        <OutcomeForm
          id="history-outcome"
          initial={outcome}
          onSave={(result, lesson) => {
            setEditing(false);
            props.onOutcome({
              result,
              ...(lesson ? { lesson } : {}),
              closedAt: props.now().toISOString(),
            });
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div class="actions">
          <button type="button" id="history-outcome-edit" onClick={() => setEditing(true)}>
            {outcome ? t('historyChangeOutcome') : t('recordOutcome')}
          </button>
          {outcome && (
            <button type="button" class="quiet" onClick={() => props.onOutcome(undefined)}>
              {t('historyReopen')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function PersonHistory({ person }: { person: Interviewer }) {
  const titleId = `history-${person.id}`;
  const name = person.name.trim() || t('unnamedInterviewer');
  return (
    <div class="history-person" role="group" aria-labelledby={titleId}>
      <h4 id={titleId}>{name}</h4>
      {person.history.length === 0 ? (
        <p class="muted">{t('historyNothingSent')}</p>
      ) : (
        // Oldest first, as stored: the story reads in order (thank-you, then follow-ups).
        <ol class="plain history-list">
          {person.history.map((note, i) => (
            <li key={`${note.at}-${i}`} class="history-note">
              <span>
                <strong>{kindLabel(note.kind)}</strong>
                {' · '}
                {t(`channel_${note.channel}`)}
                {' · '}
                <time dateTime={note.at}>{formatSentAt(note.at)}</time>
              </span>
              {note.text.trim() ? (
                <details>
                  <summary>{note.subject?.trim() || t('historyShowText')}</summary>
                  <p class="history-text">{note.text}</p>
                </details>
              ) : (
                <span class="muted">{t('historyNoText')}</span>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
