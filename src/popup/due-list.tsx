/**
 * What needs doing now, oldest deadline first: thank-you notes with the time left in the
 * 24-hour window, cards to post, follow-ups due, interviews to close. Each item offers the
 * next step: a compose window, "I sent it", the interview, or the outcome form.
 */
import { useState } from 'preact/hooks';
import type { Interview, Interviewer, Outcome, Settings, Template } from '../core/model/types';
import type { DueItem } from '../core/timing/due-items';
import { fillTemplate } from '../core/templates/fill-template';
import { sayTimeLeft, t } from '../ui/i18n';
import { cardLink, composeUrl, type MailClient } from '../shared/links';
import { OutcomeForm } from './outcome-form';

export interface DueActions {
  open(interviewId: string): void;
  openUrl(url: string): void;
  /** An extension page's full URL (`runtime.getURL`), for links to it. */
  pageUrl(path: string): string;
  markSent(interviewId: string, interviewerId: string, kind: 'thank-you' | 'card'): void;
  markFollowedUp(interviewId: string): void;
  close(interviewId: string, result: Outcome, lesson: string): void;
}

export interface DueListProps {
  items: DueItem[];
  interviews: Interview[];
  templates: Template[];
  settings: Settings;
  now: string;
  client: MailClient;
  actions: DueActions;
}

export function DueList(props: DueListProps) {
  const byId = new Map(props.interviews.map((iv) => [iv.id, iv]));
  const entries = props.items.flatMap((item) => {
    const interview = byId.get(item.interviewId);
    if (!interview) return [];
    const person = item.interviewerId
      ? interview.interviewers.find((p) => p.id === item.interviewerId)
      : undefined;
    return [{ item, interview, person }];
  });
  if (entries.length === 0) {
    return <p class="muted due-empty">{t('dueNothing')}</p>;
  }
  return (
    <ul class="plain due-list">
      {entries.map(({ item, interview, person }) => (
        <DueEntry
          key={`${item.kind}-${item.interviewId}-${item.interviewerId ?? ''}`}
          {...props}
          item={item}
          interview={interview}
          person={person}
        />
      ))}
    </ul>
  );
}

interface EntryProps extends DueListProps {
  item: DueItem;
  interview: Interview;
  person: Interviewer | undefined;
}

function subjectFor(
  templates: Template[],
  type: Template['type'],
  interview: Interview,
  person: Interviewer | undefined,
  settings: Settings,
): string {
  const template = templates.find((tpl) => tpl.type === type);
  const interviewer = person ?? interview.interviewers[0];
  if (!template || !interviewer) return '';
  return fillTemplate(template, { interview, interviewer, settings }).subject;
}

function DueEntry(props: EntryProps) {
  const { item, interview, person, actions, now, client } = props;
  const [closing, setClosing] = useState(false);
  const key = `due-${item.kind}-${item.interviewId}-${item.interviewerId ?? 'all'}`;
  const company = interview.company.trim() || t('untitled');
  const name = person?.name.trim() || t('unnamedInterviewer');
  const where = [company, interview.role.trim()].filter(Boolean).join(' · ');
  const writeLabel = client === 'outlook' ? t('writeInOutlook') : t('writeInGmail');

  let title: string;
  let when: string;
  switch (item.kind) {
    case 'thank-you':
      title = t('dueThankYou', [name]);
      when = item.state === 'too-soon' ? t('dueTooSoon') : sayTimeLeft(item.dueAt, now);
      break;
    case 'card':
      title = t('dueCard', [name]);
      when = t('dueCardWhen', [sayTimeLeft(item.dueAt, now)]);
      break;
    case 'follow-up':
      title = t('dueFollowUp', [company]);
      when = t('dueFollowUpWhen');
      break;
    default:
      title = t('dueClose', [company]);
      when = t('dueCloseWhen');
  }

  const emails = (item.kind === 'follow-up' ? interview.interviewers : person ? [person] : [])
    .map((p) => p.email?.trim() ?? '')
    .filter((e) => e.includes('@'));

  return (
    <li class={`due-item kind-${item.kind} state-${item.state}`} aria-labelledby={`${key}-title`}>
      <div class="due-text">
        <strong id={`${key}-title`}>{title}</strong>
        {item.kind !== 'follow-up' && item.kind !== 'close' && <span class="muted">{where}</span>}
        <span class={`due-when state-${item.state}`}>{when}</span>
      </div>
      <div class="actions">
        {(item.kind === 'thank-you' || item.kind === 'follow-up') && emails.length > 0 && (
          <button
            type="button"
            class="primary"
            aria-describedby={`${key}-title`}
            onClick={() =>
              actions.openUrl(
                composeUrl(client, {
                  to: emails,
                  subject: subjectFor(
                    props.templates,
                    item.kind === 'follow-up' ? 'follow-up' : 'email',
                    interview,
                    person,
                    props.settings,
                  ),
                }),
              )
            }
          >
            {writeLabel}
          </button>
        )}
        {item.kind === 'card' && person && (
          <PrintCardLink
            href={actions.pageUrl(cardLink(interview.id, person.id))}
            describedBy={`${key}-title`}
            open={actions.openUrl}
          />
        )}
        {(item.kind === 'thank-you' || item.kind === 'card') && person && (
          <button
            type="button"
            aria-describedby={`${key}-title`}
            onClick={() => actions.markSent(interview.id, person.id, item.kind as 'thank-you')}
          >
            {item.kind === 'card' ? t('markPosted') : t('markSent')}
          </button>
        )}
        {item.kind === 'follow-up' && (
          <button
            type="button"
            aria-describedby={`${key}-title`}
            onClick={() => actions.markFollowedUp(interview.id)}
          >
            {t('markFollowedUp')}
          </button>
        )}
        {item.kind === 'close' && !closing && (
          <button
            type="button"
            class="primary"
            aria-describedby={`${key}-title`}
            onClick={() => setClosing(true)}
          >
            {t('recordOutcome')}
          </button>
        )}
        <button
          type="button"
          class="quiet"
          aria-describedby={`${key}-title`}
          onClick={() => actions.open(interview.id)}
        >
          {item.kind === 'thank-you' && emails.length === 0 ? t('addEmail') : t('openInterview')}
        </button>
      </div>
      {closing && (
        <OutcomeForm
          id={`${key}-outcome`}
          onSave={(result, lesson) => {
            setClosing(false);
            actions.close(interview.id, result, lesson);
          }}
          onCancel={() => setClosing(false)}
        />
      )}
    </li>
  );
}

/**
 * A real link (the card page is a place, and a link says so to a screen reader), opened with
 * `tabs.create`: a plain link in the popup would navigate the popup itself.
 */
function PrintCardLink(props: { href: string; describedBy: string; open: (url: string) => void }) {
  return (
    <a
      class="due-link"
      href={props.href}
      target="_blank"
      rel="noopener"
      aria-describedby={props.describedBy}
      onClick={(event) => {
        event.preventDefault();
        props.open(props.href);
      }}
    >
      {t('printCard')}
    </a>
  );
}
