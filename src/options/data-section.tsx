/**
 * The user's data: export everything as a JSON file, import one (validated and previewed
 * first; merge or replace on the user's choice; a bad file changes nothing and says why),
 * and delete everything after a confirmation.
 */
import { useRef, useState } from 'preact/hooks';
import type { Store } from '../shared/store';
import { t } from '../ui/i18n';
import { exportFileName, readImport, type ReadImport } from './read-import';

type Message = { kind: 'ok' | 'error'; text: string; details?: string[] } | null;

export function DataSection({ store, now }: { store: Store; now: () => Date }) {
  const [message, setMessage] = useState<Message>(null);
  const [pending, setPending] = useState<Extract<ReadImport, { ok: true }> | null>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const exportAll = async () => {
    const file = await store.exportAll();
    const blob = new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName(now());
    document.body.append(link);
    link.click();
    link.remove();
    // The download has started from the link; the URL may go once the event loop moves on.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage({
      kind: 'ok',
      text: t('exportDone', [file.interviews.length, link.download]),
    });
  };

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setPending(null);
    if (!file) return;
    const read = await readImport(file, store);
    if (read.ok) {
      setPending(read);
      setMessage(null);
    } else {
      setMessage({ kind: 'error', text: t('importRefused'), details: read.errors });
      input.value = '';
    }
  };

  const runImport = async () => {
    if (!pending) return;
    setBusy(true);
    const result = await store.importData(pending.json, mode);
    setBusy(false);
    if (result.ok) {
      const { interviews, templates } = pending.preview.counts;
      setMessage({ kind: 'ok', text: t('importDone', [interviews, templates]) });
    } else {
      setMessage({ kind: 'error', text: t('importRefused'), details: result.errors });
    }
    setPending(null);
    if (fileInput.current) fileInput.current.value = '';
  };

  const deleteAll = async () => {
    setBusy(true);
    try {
      await store.deleteEverything();
      setMessage({ kind: 'ok', text: t('deleteDone') });
    } catch {
      setMessage({ kind: 'error', text: t('deleteFailed') });
    }
    setBusy(false);
    setConfirming(false);
  };

  const counts = pending?.preview.counts;
  const hasSettings = pending?.preview.data.settings != null;
  const MAX_SHOWN = 8;

  return (
    <section id="data" aria-labelledby="data-title" class="panel-section">
      <h2 id="data-title">{t('dataHeading')}</h2>
      <p class="muted">{t('dataIntro')}</p>

      <div role={message?.kind === 'error' ? 'alert' : 'status'} class="data-message">
        {message && (
          <div class={`notice ${message.kind === 'error' ? 'error' : ''}`}>
            <p>{message.text}</p>
            {message.details && (
              <ul class="import-errors">
                {message.details.slice(0, MAX_SHOWN).map((d) => (
                  <li key={d}>{d}</li>
                ))}
                {message.details.length > MAX_SHOWN && (
                  <li>{t('importMoreErrors', [message.details.length - MAX_SHOWN])}</li>
                )}
              </ul>
            )}
          </div>
        )}
      </div>

      <h3>{t('exportHeading')}</h3>
      <p>{t('exportIntro')}</p>
      <div class="actions">
        <button type="button" id="export" class="primary" onClick={() => void exportAll()}>
          {t('exportButton')}
        </button>
      </div>

      <h3>{t('importHeading')}</h3>
      <div class="field">
        <label for="import-file">{t('importChoose')}</label>
        <input
          type="file"
          id="import-file"
          ref={fileInput}
          accept=".json,application/json"
          onChange={(event) => void choose(event.currentTarget as HTMLInputElement)}
        />
      </div>
      {pending && counts && (
        <div class="card import-preview" aria-labelledby="import-preview-title">
          <h4 id="import-preview-title">{t('importPreviewHeading')}</h4>
          <p id="import-counts">
            {t('importCounts', [counts.interviews, counts.templates])}{' '}
            {hasSettings ? t('importHasSettings') : ''}
          </p>
          <fieldset>
            <legend>{t('importModeLegend')}</legend>
            <div class="check">
              <input
                type="radio"
                id="import-merge"
                name="import-mode"
                checked={mode === 'merge'}
                aria-describedby="import-merge-hint"
                onChange={() => setMode('merge')}
              />
              <label for="import-merge">{t('importMerge')}</label>
            </div>
            <span class="field-hint" id="import-merge-hint">
              {t('importMergeHint')}
            </span>
            <div class="check">
              <input
                type="radio"
                id="import-replace"
                name="import-mode"
                checked={mode === 'replace'}
                aria-describedby="import-replace-hint"
                onChange={() => setMode('replace')}
              />
              <label for="import-replace">{t('importReplace')}</label>
            </div>
            <span class="field-hint" id="import-replace-hint">
              {t('importReplaceHint')}
            </span>
          </fieldset>
          <div class="actions">
            <button
              type="button"
              id="import-run"
              class="primary"
              disabled={busy}
              onClick={() => void runImport()}
            >
              {t('importButton')}
            </button>
            <button
              type="button"
              onClick={() => {
                setPending(null);
                if (fileInput.current) fileInput.current.value = '';
              }}
            >
              {t('cancel')}
            </button>
          </div>
        </div>
      )}

      <h3>{t('deleteHeading')}</h3>
      <p>{t('deleteIntro')}</p>
      {confirming ? (
        <div class="notice error" role="group" aria-labelledby="delete-q">
          <p id="delete-q">
            <strong>{t('deleteConfirm', [store.interviews.value.length])}</strong>
          </p>
          <div class="actions">
            <button
              type="button"
              id="delete-yes"
              class="danger"
              disabled={busy}
              autoFocus
              onClick={() => void deleteAll()}
            >
              {t('deleteYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div class="actions">
          <button type="button" id="delete-all" onClick={() => setConfirming(true)}>
            {t('deleteButton')}
          </button>
        </div>
      )}
    </section>
  );
}
