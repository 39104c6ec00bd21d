import type { Interviewer } from '../core/model/types';
import { focusSoon } from './focus-soon';
import type { PanelModel } from './panel-model';
import { interviewLabel } from './pick-interviewer';
import { t, uiLocale } from '../ui/i18n';

/**
 * Who this note is for: the current pick with a way to change it, or the list to choose from
 * (most recent interview first, grouped by interview, showing who is already thanked).
 */
export function PickSection({ model }: { model: PanelModel }) {
  const picked = model.picked.value;
  if (picked && !model.choosing.value) {
    const { interview, interviewer } = picked;
    return (
      <section class="card pick" aria-labelledby="ft-pick-h">
        <h2 id="ft-pick-h" class="visually-hidden">
          {t('pickHeading')}
        </h2>
        <p class="pick-who">
          <span class="muted">{t('pickTo')}</span>
          <strong>{interviewer.name}</strong>
          {interviewer.title ? <span class="muted">, {interviewer.title}</span> : null}
        </p>
        <p class="muted small">{interviewLabel(interview, uiLocale())}</p>
        <p class="muted small">
          {model.autoPicked.value ? t('pickMatched') : ''}
          {thankedText(interviewer)}
        </p>
        <button
          type="button"
          class="link-button"
          id="ft-change-pick"
          onClick={() => {
            model.startChoosing();
            focusSoon('#ft-pick-list button');
          }}
        >
          {t('pickChange')}
        </button>
      </section>
    );
  }

  const current = model.pick.value;
  return (
    <section class="card pick" aria-labelledby="ft-pick-h">
      <h2 id="ft-pick-h">{t('pickWho')}</h2>
      <div id="ft-pick-list">
        {model.groups.value.map((group) => (
          <div class="pick-group" key={group.interview.id}>
            <h3 class="pick-interview" id={`ft-iv-${group.interview.id}`}>
              {group.label}
            </h3>
            <ul class="plain-list" aria-labelledby={`ft-iv-${group.interview.id}`}>
              {group.interviewers.map((person) => {
                const isCurrent =
                  current?.interviewId === group.interview.id &&
                  current.interviewerId === person.id;
                return (
                  <li key={person.id}>
                    <button
                      type="button"
                      class="pick-person"
                      aria-current={isCurrent ? 'true' : undefined}
                      onClick={() => {
                        model.choose({ interviewId: group.interview.id, interviewerId: person.id });
                        focusSoon('#ft-change-pick');
                      }}
                    >
                      <span class="pick-name">{person.name}</span>
                      {person.title ? <span class="muted"> · {person.title}</span> : null}
                      <span class={person.thankedAt ? 'badge done' : 'badge'}>
                        {person.thankedAt ? t('pickThanked') : t('pickNotThanked')}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
      {model.picked.value && (
        <button type="button" class="link-button" onClick={() => model.cancelChoosing()}>
          {t('pickKeep', [model.picked.value.interviewer.name])}
        </button>
      )}
    </section>
  );
}

function thankedText(person: Interviewer): string {
  if (!person.thankedAt) return t('pickNotThankedYet');
  const at = new Date(person.thankedAt);
  if (Number.isNaN(at.getTime())) return t('pickAlreadyThanked');
  const day = new Intl.DateTimeFormat(uiLocale(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  });
  return t('pickThankedOn', [day.format(at)]);
}
