import { useEffect, useRef } from 'preact/hooks';
import { firstName } from '../core/checks/format';
import { DRAFT_KINDS } from './fill-draft';
import type { PanelModel } from './panel-model';
import { sayTimeLeft, t } from '../ui/i18n';

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
      <h2 id="ft-draft-h">{t('draftTitle')}</h2>
      <fieldset class="kinds">
        <legend class="visually-hidden">{t('draftKindLegend')}</legend>
        {DRAFT_KINDS.map((k) => (
          <label key={k.kind} class={k.kind === kind ? 'kind is-on' : 'kind'}>
            <input
              type="radio"
              name="ft-kind"
              value={k.kind}
              checked={k.kind === kind}
              onChange={() => model.chooseKind(k.kind)}
            />
            {t(k.label)}
          </label>
        ))}
      </fieldset>
      {followUp && (
        <p class="hint small">
          {t('draftFollowUpDue', [name, sayTimeLeft(followUp, new Date().toISOString())])}
        </p>
      )}
      <label class="field">
        <span class="field-label">{t('draftTemplate')}</span>
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
      {draft ? <Preview model={model} /> : <p class="muted">{t('draftNoTemplate')}</p>}
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
      <div class="preview" aria-label={t('draftPreview')} role="group">
        <p class="preview-subject">
          <span class="muted">{t('draftSubject')}</span>
          <span id="ft-preview-subject">{filled.subject || t('draftNoSubject')}</span>
        </p>
        {/* It scrolls, so it takes focus: keyboard users can scroll it too (WCAG 2.1.1). */}
        <div
          class="preview-body"
          id="ft-preview-body"
          tabIndex={0}
          role="region"
          aria-label={t('draftPreviewBody')}
        >
          {filled.body}
        </div>
      </div>
      {notFilled.length > 0 && (
        <ul class="not-filled small" id="ft-not-filled" aria-label={t('draftNotFilledLabel')}>
          {notFilled.map((line) => (
            <li key={line}>{t('draftNotFilled', [line])}</li>
          ))}
        </ul>
      )}
      {filled.skippedConcerns.length > 0 && (
        <p class="small muted">
          {t('draftSkipped', [
            filled.skippedConcerns.map((c) => t('concernQuote', [c])).join(', '),
          ])}
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
          {t('draftInsert')}
        </button>
      )}
      {offerCopy && (
        <button type="button" class="button" id="ft-copy" onClick={() => void model.copyDraft()}>
          {t('draftCopy')}
        </button>
      )}
      <p class="small result" aria-live="polite" id="ft-insert-result">
        {insert.state === 'inserted' && t('draftInserted')}
        {insert.state === 'sending' && t('draftInserting')}
        {insert.state === 'refused' && insert.reason}
        {copy.state === 'copied' && t('draftCopied')}
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
      <span class="field-label">{t('draftManualCopy')}</span>
      <textarea ref={ref} readOnly rows={8} class="manual-copy" value={text} />
    </label>
  );
}
