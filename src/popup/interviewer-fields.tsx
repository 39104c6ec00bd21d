/**
 * One interviewer: name, title, email, their concerns (each with the answer the candidate
 * plans to give) and the topics discussed. Enter in the last field of a row adds the next
 * row of the same kind, so a panel is typed without reaching for the mouse.
 */
import type { JSX } from 'preact';
import { newConcern, newInterviewer } from '../core/model/defaults';
import type { Interviewer } from '../core/model/types';
import type { Change } from '../ui/autosave';
import { TextField } from '../ui/fields';
import { t } from '../ui/i18n';
import type { Interview } from '../core/model/types';
import {
  addConcern,
  addInterviewer,
  addTopic,
  removeConcern,
  removeInterviewer,
  removeTopic,
  setConcern,
  setPersonField,
  setTopic,
} from './interview-changes';

export interface InterviewerFieldsProps {
  person: Interviewer;
  index: number;
  count: number;
  edit: (change: Change<Interview>) => void;
  /** Focus the control with this id after the next render. */
  focus: (id: string) => void;
  issue: (path: string) => string | null;
  /** The field was left holding `value` (an empty field left is not yet a problem). */
  touch: (path: string, value: string) => void;
}

type KeyEvent = JSX.TargetedKeyboardEvent<HTMLElement>;

/** Enter (not while an IME composes, not with a modifier) runs `action`. */
export function onEnter(action: () => void) {
  return (event: KeyEvent) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    if (event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return;
    event.preventDefault();
    action();
  };
}

export function personFieldId(personId: string, field: string): string {
  return `p-${personId}-${field}`;
}

export function InterviewerFields(props: InterviewerFieldsProps) {
  const { person, index, edit, focus, issue, touch } = props;
  const at = `interviewers[${index}]`;
  const id = (field: string) => personFieldId(person.id, field);

  const addPersonAfter = () => {
    const next = newInterviewer();
    edit(addInterviewer(next, person.id));
    focus(personFieldId(next.id, 'name'));
  };
  const addConcernAfter = (afterId?: string) => {
    const concern = newConcern();
    edit(addConcern(person.id, concern, afterId));
    focus(`c-${concern.id}-text`);
  };
  const addTopicAt = (position: number) => {
    edit(addTopic(person.id, position));
    focus(`${id('topic')}-${position}`);
  };

  return (
    <fieldset class="interviewer">
      <legend>{t('interviewerLegend', [index + 1])}</legend>
      <TextField
        id={id('name')}
        label={t('interviewerName')}
        hint={index === 0 ? t('interviewerNameHint') : undefined}
        value={person.name}
        autoComplete="off"
        issue={issue(`${at}.name`)}
        onBlur={() => touch(`${at}.name`, person.name)}
        onValue={(v) => edit(setPersonField(person.id, 'name', v))}
        onKeyDown={onEnter(() => focus(id('title')))}
      />
      <div class="row">
        <TextField
          id={id('title')}
          label={t('interviewerTitle')}
          value={person.title ?? ''}
          onValue={(v) => edit(setPersonField(person.id, 'title', v))}
          onKeyDown={onEnter(() => focus(id('email')))}
        />
        <TextField
          id={id('email')}
          // Text, not type=email: the browser's own validation bubble would second-guess the
          // inline explanation, and email inputs have no caret API for tests and assistive tech.
          inputProps={{ inputMode: 'email', spellcheck: false }}
          label={t('interviewerEmail')}
          value={person.email ?? ''}
          issue={issue(`${at}.email`)}
          onBlur={() => touch(`${at}.email`, person.email ?? '')}
          onValue={(v) => edit(setPersonField(person.id, 'email', v))}
          onKeyDown={onEnter(addPersonAfter)}
        />
      </div>

      <div class="sublist" role="group" aria-labelledby={id('concerns-label')}>
        <span class="label" id={id('concerns-label')}>
          {t('concernsHeading')}
        </span>
        {person.concerns.length === 0 && <p class="field-hint">{t('concernsHint')}</p>}
        {person.concerns.map((concern, j) => (
          <div class="concern row" key={concern.id}>
            <TextField
              id={`c-${concern.id}-text`}
              label={t('concernText', [j + 1])}
              value={concern.text}
              placeholder={t('concernPlaceholder')}
              issue={issue(`${at}.concerns[${j}].text`)}
              onBlur={() => touch(`${at}.concerns[${j}].text`, concern.text)}
              onValue={(v) => edit(setConcern(person.id, concern.id, 'text', v))}
              onKeyDown={onEnter(() => focus(`c-${concern.id}-answer`))}
            />
            <TextField
              id={`c-${concern.id}-answer`}
              label={t('concernAnswer')}
              // Said once, under the first concern: what the line is for and where it goes.
              hint={j === 0 ? t('concernAnswerHint') : undefined}
              value={concern.answer ?? ''}
              placeholder={t('concernAnswerPlaceholder')}
              onValue={(v) => edit(setConcern(person.id, concern.id, 'answer', v))}
              onKeyDown={onEnter(() => addConcernAfter(concern.id))}
            />
            <button
              type="button"
              class="quiet"
              aria-label={t('removeConcern', [j + 1])}
              title={t('removeConcern', [j + 1])}
              onClick={() => {
                edit(removeConcern(person.id, concern.id));
                focus(id('add-concern'));
              }}
            >
              ✕
            </button>
          </div>
        ))}
        <div class="actions">
          <button type="button" id={id('add-concern')} onClick={() => addConcernAfter()}>
            {t('addConcern')}
          </button>
        </div>
      </div>

      <div class="sublist" role="group" aria-labelledby={id('topics-label')}>
        <span class="label" id={id('topics-label')}>
          {t('topicsHeading')}
        </span>
        {person.topics.map((topic, j) => (
          <div class="topic row" key={`${person.id}-topic-${j}`}>
            <TextField
              id={`${id('topic')}-${j}`}
              label={t('topicLabel', [j + 1])}
              hideLabel
              value={topic}
              placeholder={t('topicPlaceholder')}
              onValue={(v) => edit(setTopic(person.id, j, v))}
              onKeyDown={onEnter(() => addTopicAt(j + 1))}
            />
            <button
              type="button"
              class="quiet"
              aria-label={t('removeTopic', [j + 1])}
              title={t('removeTopic', [j + 1])}
              onClick={() => {
                edit(removeTopic(person.id, j));
                focus(id('add-topic'));
              }}
            >
              ✕
            </button>
          </div>
        ))}
        <div class="actions">
          <button
            type="button"
            id={id('add-topic')}
            onClick={() => addTopicAt(person.topics.length)}
          >
            {t('addTopic')}
          </button>
        </div>
      </div>

      {props.count > 1 && (
        <div class="actions">
          <button
            type="button"
            class="quiet"
            onClick={() => {
              edit(removeInterviewer(person.id));
              focus('add-interviewer');
            }}
          >
            {t('removeInterviewer', [person.name.trim() || String(index + 1)])}
          </button>
        </div>
      )}
    </fieldset>
  );
}
