/**
 * Closing an interview: what happened (offer, rejection, no answer, withdrew) and one line
 * of what to do better next time. The advice: after two follow-ups and about a week of
 * silence, move on and record what you learned.
 */
import { useState } from 'preact/hooks';
import type { Outcome } from '../core/model/types';
import { TextField } from '../ui/fields';
import { t } from '../ui/i18n';
import { OUTCOME_KEY } from './format';

const RESULTS: Outcome[] = ['offer', 'rejection', 'no-answer', 'withdrew'];

export interface OutcomeFormProps {
  id: string;
  initial?: { result: Outcome; lesson?: string };
  onSave: (result: Outcome, lesson: string) => void;
  onCancel?: () => void;
}

export function OutcomeForm({ id, initial, onSave, onCancel }: OutcomeFormProps) {
  const [result, setResult] = useState<Outcome | null>(initial?.result ?? null);
  const [lesson, setLesson] = useState(initial?.lesson ?? '');
  const [missing, setMissing] = useState(false);
  return (
    <form
      class="outcome-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!result) {
          setMissing(true);
          return;
        }
        onSave(result, lesson.trim());
      }}
    >
      <fieldset>
        <legend>{t('outcomeLegend')}</legend>
        {RESULTS.map((value) => (
          <div class="check" key={value}>
            <input
              type="radio"
              id={`${id}-${value}`}
              name={`${id}-result`}
              value={value}
              checked={result === value}
              aria-describedby={missing ? `${id}-missing` : undefined}
              onChange={() => {
                setResult(value);
                setMissing(false);
              }}
            />
            <label for={`${id}-${value}`}>{t(OUTCOME_KEY[value])}</label>
          </div>
        ))}
        {missing && (
          <span class="field-issue" id={`${id}-missing`} role="alert">
            {t('outcomePick')}
          </span>
        )}
      </fieldset>
      <TextField
        id={`${id}-lesson`}
        label={t('outcomeLesson')}
        hint={t('outcomeLessonHint')}
        value={lesson}
        onValue={setLesson}
      />
      <div class="actions">
        <button type="submit" class="primary">
          {t('outcomeSave')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
