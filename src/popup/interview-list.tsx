/** Every interview, most recent first, with where it stands; a search narrows the list. */
import { useState } from 'preact/hooks';
import type { Interview } from '../core/model/types';
import { TextField } from '../ui/fields';
import { t } from '../ui/i18n';
import { formatWhen, OUTCOME_KEY } from './format';

export function interviewStatus(interview: Interview): string {
  if (interview.outcome) {
    return t('statusClosed', [t(OUTCOME_KEY[interview.outcome.result])]);
  }
  const people = interview.interviewers;
  const thanked = people.filter((p) => p.thankedAt || p.history.length > 0).length;
  if (people.length === 0) return t('statusNoInterviewers');
  if (thanked === people.length) return t('statusThanked');
  return t('statusToThank', [people.length - thanked, people.length]);
}

export function matches(interview: Interview, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const haystack = [
    interview.company,
    interview.role,
    interview.notes,
    ...interview.interviewers.flatMap((p) => [p.name, p.title ?? '', p.email ?? '']),
  ]
    .join('\n')
    .toLowerCase();
  return q.split(/\s+/).every((word) => haystack.includes(word));
}

export function InterviewList(props: { interviews: Interview[]; onOpen: (id: string) => void }) {
  const [query, setQuery] = useState('');
  const shown = props.interviews.filter((iv) => matches(iv, query));
  return (
    <div class="interview-list">
      {props.interviews.length > 3 && (
        <TextField
          id="search"
          type="search"
          label={t('searchLabel')}
          placeholder={t('searchPlaceholder')}
          value={query}
          onValue={setQuery}
        />
      )}
      {props.interviews.length === 0 ? (
        <p class="muted">{t('noInterviews')}</p>
      ) : shown.length === 0 ? (
        <p class="muted" role="status">
          {t('searchNothing', [query.trim()])}
        </p>
      ) : (
        <ul class="plain">
          {shown.map((iv) => (
            <li key={iv.id}>
              <button type="button" class="interview-row" onClick={() => props.onOpen(iv.id)}>
                <span class="interview-name">
                  {iv.company.trim() || t('untitled')}
                  {iv.role.trim() && <span class="muted"> · {iv.role.trim()}</span>}
                </span>
                <span class="interview-meta muted">
                  {formatWhen(iv)} · {interviewStatus(iv)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
