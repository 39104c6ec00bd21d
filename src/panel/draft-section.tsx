import { useEffect, useRef } from 'preact/hooks';
import { firstName } from '../core/checks/format';
import { timeLeft } from '../core/timing/time-left';
import { DRAFT_KINDS } from './fill-draft';
import type { PanelModel } from './panel-model';

/** Kind and template, the filled preview (plain text), and the insert / copy actions. */
export function DraftSection({ model }: { model: PanelModel }) {
  const picked = model.picked.value;
  const draft = model.draft.value;
  const kind = model.kind.value;
  const followUp = model.followUpDue.value;
  if (!picked) return null;
  const name = firstName(picked.interviewer);

  return (
    <section class="card draft" aria-labelledby="ft-draft-h">
      <h2 id="ft-draft-h">Draft</h2>
      <fieldset class="kinds">
        <legend class="visually-hidden">Kind of note</legend>
        {DRAFT_KINDS.map((k) => (
          <label key={k.kind} class={k.kind === kind ? 'kind is-on' : 'kind'}>
            <input
              type="radio"
              name="ft-kind"
              value={k.kind}
              checked={k.kind === kind}
              onChange={() => model.chooseKind(k.kind)}
            />
            {k.label}
          </label>
        ))}
      </fieldset>
      {followUp && (
        <p class="hint small">
          A follow-up to {name} is due ({timeLeft(followUp, new Date().toISOString())}).
        </p>
      )}
      <label class="field">
        <span class="field-label">Template</span>
        <select
          id="ft-template"
          value={draft?.template.id ?? ''}
          onChange={(e) => model.chooseTemplate((e.currentTarget as HTMLSelectElement).value)}
        >
          {model.templateOptions.value.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      {draft ? <Preview model={model} /> : <p class="muted">No template of this kind yet.</p>}
    </section>
  );
}

function Preview({ model }: { model: PanelModel }) {
  const draft = model.draft.value!;
  const key = draft.key;
  // Insert is allowed only for the text that was on screen, so a click lured from the page can
  // never put text the user has not seen into their mail.
  useEffect(() => {
    model.previewShown(key);
    return () => model.previewShown(null);
  }, [model, key]);

  const { filled, notFilled } = draft;
  return (
    <>
      <div class="preview" aria-label="Preview" role="group">
        <p class="preview-subject">
          <span class="muted">Subject: </span>
          <span id="ft-preview-subject">{filled.subject || '(none)'}</span>
        </p>
        {/* It scrolls, so it takes focus: keyboard users can scroll it too (WCAG 2.1.1). */}
        <div
          class="preview-body"
          id="ft-preview-body"
          tabIndex={0}
          role="region"
          aria-label="Draft preview"
        >
          {filled.body}
        </div>
      </div>
      {notFilled.length > 0 && (
        <ul class="not-filled small" id="ft-not-filled" aria-label="Fields left out of the draft">
          {notFilled.map((line) => (
            <li key={line}>Not filled: {line}</li>
          ))}
        </ul>
      )}
      {filled.skippedConcerns.length > 0 && (
        <p class="small muted">
          Left out for now, as no answer is planned yet:{' '}
          {filled.skippedConcerns.map((c) => `“${c}”`).join(', ')}.
        </p>
      )}
      <Actions model={model} />
    </>
  );
}

function Actions({ model }: { model: PanelModel }) {
  const insert = model.insertStatus.value;
  const copy = model.copyStatus.value;
  const bodyMissing = model.missingParts.value.includes('body');
  const lost = model.connection.value.state === 'lost';
  const offerCopy = bodyMissing || lost || insert.state === 'failed';
  return (
    <div class="actions">
      {!bodyMissing && !lost && (
        <button
          type="button"
          class="button primary"
          id="ft-insert"
          disabled={insert.state === 'sending'}
          data-ready={model.insertReady.value ? '' : undefined}
          onPointerDown={(event) => {
            if (event.button === 0 && event.isPrimary) model.press(event);
          }}
          onClick={(event) => model.insert(event)}
        >
          Insert into draft
        </button>
      )}
      {offerCopy && (
        <button type="button" class="button" id="ft-copy" onClick={() => void model.copyDraft()}>
          Copy draft
        </button>
      )}
      <p class="small result" aria-live="polite" id="ft-insert-result">
        {insert.state === 'inserted' &&
          'Inserted. Edit it in the message; the checks below follow along.'}
        {insert.state === 'sending' && 'Inserting…'}
        {insert.state === 'refused' && insert.reason}
        {copy.state === 'copied' && 'Copied. Paste it into the message (Ctrl+V, or ⌘V on a Mac).'}
      </p>
      {copy.state === 'manual' && <ManualCopy text={model.draft.value?.filled.body ?? ''} />}
    </div>
  );
}

/** When the clipboard is refused: the text, selected, for Ctrl+C. */
function ManualCopy({ text }: { text: string }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, [text]);
  return (
    <label class="field">
      <span class="field-label">
        The browser didn't let Follow-Through copy. The draft is selected below: press Ctrl+C (⌘C on
        a Mac), then paste it into the message.
      </span>
      <textarea ref={ref} readOnly rows={8} class="manual-copy" value={text} />
    </label>
  );
}
