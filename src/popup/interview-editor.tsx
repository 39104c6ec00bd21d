/**
 * Quick entry of one interview, right after it ends. Everything autosaves (at most one
 * write a second; the rest on close), problems are marked inline and explained but never
 * block the save: a half-typed interview is still a saved draft.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { newInterviewer } from '../core/model/defaults';
import { lintInterview } from '../core/model/lint-interview';
import type { Channel, Interview, InterviewFormat } from '../core/model/types';
import { interviewZone, localInputToDateTime } from '../core/timing/interview-zone';
import { isValidZone } from '../core/timing/zoned-time';
import type { Store } from '../shared/store';
import { SelectField, TextField } from '../ui/fields';
import { t } from '../ui/i18n';
import { useAutosave } from '../ui/use-autosave';
import { addInterviewer, setInterviewField, setWhen } from './interview-changes';
import { InterviewHistory } from './interview-history';
import { InterviewerFields, onEnter, personFieldId } from './interviewer-fields';
import { toLocalInput, userZone } from './format';

export interface InterviewEditorProps {
  store: Store;
  id: string;
  /** A new interview not stored yet: stored on its first edit, so an untouched one leaves no trace. */
  seed?: Interview;
  onDone: () => void;
  /** Called once the interview exists in storage (for "reopen where I was"). */
  onSaved?: (id: string) => void;
  /** Open on the outcome form instead of the first field (a "close" deep link). */
  focus?: 'outcome';
  now?: () => Date;
}

const FORMATS: InterviewFormat[] = ['video', 'phone', 'onsite', 'panel', 'other'];
const CHANNELS: Channel[] = ['email', 'card', 'phone'];

export function InterviewEditor({
  store,
  id,
  seed,
  onDone,
  onSaved,
  focus: landOn,
  now = () => new Date(),
}: InterviewEditorProps) {
  const stored = () => store.interviews.value.find((iv) => iv.id === id);
  // Once stored, the stored record is the only truth: if it is deleted elsewhere, say so
  // rather than quietly bringing it back from the seed.
  const savedOnce = useRef(seed === undefined);
  const [failure, setFailure] = useState<string | null>(null);
  const autosave = useAutosave<Interview>(id, () => ({
    current: () => stored() ?? (savedOnce.current ? undefined : seed),
    commit: async (change) => {
      if (stored()) return store.updateInterview(id, change);
      if (savedOnce.current || !seed) throw new Error(t('editorGone'));
      savedOnce.current = true;
      onSaved?.(id);
      await store.saveInterview(change(seed));
    },
    onError: (error) => setFailure(error instanceof Error ? error.message : String(error)),
  }));
  const interview = autosave.value.value;
  const isNew = seed !== undefined;
  const touched = useSignal<ReadonlySet<string>>(new Set());
  // A new entry flags a field once it was left with something in it: flagging a field left
  // empty would shift the layout under the pointer on its way to "Add concern".
  const touch = (path: string, value: string) => {
    if (value.trim() && !touched.value.has(path)) touched.value = new Set([...touched.value, path]);
  };

  // Focus the control a key press just created, once it is rendered.
  const [focusTarget, setFocusTarget] = useState<{ id: string } | null>(null);
  // Layout effect: focus moves before the next key press is handled, not a frame later.
  useLayoutEffect(() => {
    if (!focusTarget) return;
    const element = document.getElementById(focusTarget.id);
    element?.focus();
  }, [focusTarget]);
  const focus = (target: string) => setFocusTarget({ id: target });

  useEffect(() => {
    // The outcome form focuses itself when the page opened on it.
    if (landOn !== 'outcome') document.getElementById('f-company')?.focus();
  }, [id]);

  const issues = useMemo(() => {
    const map = new Map<string, string>();
    if (interview) for (const i of lintInterview(interview)) map.set(i.path, i.message);
    return map;
  }, [interview]);

  if (!interview) {
    return (
      <section aria-labelledby="editor-title">
        <h2 id="editor-title">{t('editorGoneTitle')}</h2>
        <p>{t('editorGone')}</p>
        <button type="button" class="primary" onClick={onDone}>
          {t('back')}
        </button>
      </section>
    );
  }

  // New entries start clean; a problem shows once its field was left. Saved ones show all.
  const issue = (path: string): string | null => {
    const message = issues.get(path);
    if (!message) return null;
    return !isNew || touched.value.has(path) ? message : null;
  };
  const edit = autosave.edit;
  const zone =
    interview.timeZone ?? (isValidZone(userZone()) ? userZone() : interviewZone(interview));
  const pending = autosave.waiting.value > 0 || store.status.value.pendingWrites > 0;

  return (
    <section class="editor" aria-labelledby="editor-title">
      <div class="editor-head">
        <button
          type="button"
          class="quiet"
          onClick={() => {
            void autosave.flush();
            onDone();
          }}
        >
          {t('backToList')}
        </button>
        <p class="status-line" role="status">
          {pending ? t('saving') : t('saved')}
        </p>
      </div>
      <h2 id="editor-title">
        {isNew && !interview.company ? t('newInterviewTitle') : interview.company || t('untitled')}
      </h2>
      {failure && (
        <p class="notice error" role="alert">
          {failure}
        </p>
      )}

      <div class="row">
        <TextField
          id="f-company"
          label={t('fieldCompany')}
          value={interview.company}
          issue={issue('company')}
          onBlur={() => touch('company', interview.company)}
          onValue={(v) => edit(setInterviewField('company', v))}
          onKeyDown={onEnter(() => focus('f-role'))}
        />
        <TextField
          id="f-role"
          label={t('fieldRole')}
          value={interview.role}
          issue={issue('role')}
          onBlur={() => touch('role', interview.role)}
          onValue={(v) => edit(setInterviewField('role', v))}
          onKeyDown={onEnter(() =>
            focus(personFieldId(interview.interviewers[0]?.id ?? '', 'name')),
          )}
        />
      </div>
      <div class="row">
        <TextField
          id="f-when"
          type="datetime-local"
          label={t('fieldWhen')}
          hint={t('fieldWhenHint', [zone])}
          value={toLocalInput({ when: interview.when, timeZone: interview.timeZone ?? zone })}
          onValue={(v) => {
            const when = localInputToDateTime(v, zone);
            if (when) edit(setWhen(when, zone.includes('/') ? zone : undefined));
          }}
        />
        <SelectField
          id="f-format"
          label={t('fieldFormat')}
          value={interview.format}
          options={FORMATS.map((f) => ({ value: f, label: t(`format_${f}`) }))}
          onValue={(v) => edit(setInterviewField('format', v))}
        />
      </div>
      <div class="row">
        <TextField
          id="f-decision"
          type="date"
          label={t('fieldDecision')}
          hint={t('fieldDecisionHint')}
          value={interview.decisionBy ?? ''}
          issue={issue('decisionBy')}
          onValue={(v) => {
            // A picked date is complete at once: explain a problem with it straight away.
            touch('decisionBy', v);
            edit(setInterviewField('decisionBy', v || undefined));
          }}
        />
        <SelectField
          id="f-channel"
          label={t('fieldChannel')}
          hint={t('fieldChannelHint')}
          value={interview.channel}
          options={CHANNELS.map((c) => ({ value: c, label: t(`channel_${c}`) }))}
          onValue={(v) => edit(setInterviewField('channel', v))}
        />
      </div>

      <h3 id="interviewers-title">{t('interviewersHeading')}</h3>
      {issue('interviewers') && <p class="field-issue">{issue('interviewers')}</p>}
      <div class="interviewers" aria-labelledby="interviewers-title" role="group">
        {interview.interviewers.map((person, index) => (
          <InterviewerFields
            key={person.id}
            person={person}
            index={index}
            count={interview.interviewers.length}
            edit={edit}
            focus={focus}
            issue={issue}
            touch={touch}
          />
        ))}
      </div>
      <div class="actions">
        <button
          type="button"
          id="add-interviewer"
          onClick={() => {
            const next = newInterviewer();
            edit(addInterviewer(next));
            focus(personFieldId(next.id, 'name'));
          }}
        >
          {t('addInterviewer')}
        </button>
      </div>

      <TextField
        id="f-notes"
        label={t('fieldNotes')}
        multiline
        rows={3}
        value={interview.notes}
        onValue={(v) => edit(setInterviewField('notes', v))}
      />

      {!isNew && (
        // Not in a new entry: there is nothing to show yet, and the quick entry stays short.
        <InterviewHistory
          interview={interview}
          openOutcome={landOn === 'outcome'}
          now={now}
          onOutcome={(outcome) =>
            void store.setOutcome(id, outcome).catch((error: unknown) => {
              setFailure(error instanceof Error ? error.message : String(error));
            })
          }
        />
      )}

      <DeleteInterview
        onDelete={() => {
          savedOnce.current = true;
          void store.deleteInterview(id).catch(() => undefined);
          onDone();
        }}
        exists={stored() !== undefined}
      />
    </section>
  );
}

function DeleteInterview({ onDelete, exists }: { onDelete: () => void; exists: boolean }) {
  const [asking, setAsking] = useState(false);
  if (!exists) return null;
  return (
    <div class="danger-zone">
      {asking ? (
        <div class="notice error" role="group" aria-labelledby="delete-interview-q">
          <p id="delete-interview-q">{t('deleteInterviewConfirm')}</p>
          <div class="actions">
            <button type="button" class="danger" onClick={onDelete} autoFocus>
              {t('deleteInterviewYes')}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="quiet" onClick={() => setAsking(true)}>
          {t('deleteInterview')}
        </button>
      )}
    </div>
  );
}
