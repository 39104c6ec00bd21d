/**
 * The printable handwritten card: the card template filled for one interviewer, editable
 * before printing, with its word count in the card's band, and the envelope's name and
 * address lines. The address is never stored (the product keeps no postal data), so the
 * printout leaves lines to write it by hand.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { cardPostBy } from '../core/timing/thank-you-window';
import type { Store } from '../shared/store';
import { say, t } from '../ui/i18n';
import { cardDraft, cardLength, envelopeLines } from './card-text';

export interface CardAppProps {
  store: Store;
  interviewId: string;
  interviewerId: string;
  print: () => void;
  now?: () => Date;
  /**
   * Where edits to the text are kept: the tab's sessionStorage, so a reload keeps them and
   * closing the tab leaves no copy of the note behind.
   */
  memory?: Pick<Storage, 'getItem' | 'setItem'> | null;
}

const ADDRESS_LINES = 3;

export function CardApp({
  store,
  interviewId,
  interviewerId,
  print,
  now = () => new Date(),
  memory = safeSession(),
}: CardAppProps) {
  const [ready, setReady] = useState(false);
  useEffect(() => void store.ready.then(() => setReady(true)), []);
  const interview = store.interviews.value.find((iv) => iv.id === interviewId);
  const person = interview?.interviewers.find((p) => p.id === interviewerId);
  const draft = useMemo(
    () =>
      interview && person
        ? cardDraft(interview, person, store.templates.value, store.settings.value)
        : null,
    [interview, person, store.templates.value, store.settings.value],
  );
  const memoryKey = `follow-through:card:${interviewId}:${interviewerId}`;
  const [edited, setEdited] = useState<string | null>(() => read(memory, memoryKey));
  const [posted, setPosted] = useState(false);

  if (!ready) return <p class="card-page muted">{t('loading')}</p>;
  if (!interview || !person || !draft) {
    return (
      <main class="card-page">
        <h1>{t('cardPageTitle')}</h1>
        <p role="alert">{t('cardGone')}</p>
      </main>
    );
  }

  const text = edited ?? draft.text;
  const length = cardLength(interview, person.id, text, store.settings.value, now().toISOString());
  const company = interview.company.trim();
  const name = person.name.trim() || t('yourInterviewer');
  const postBy = new Intl.DateTimeFormat(undefined, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(cardPostBy(interview)));
  const alreadyPosted = person.history.some((n) => n.kind === 'card');

  const onInput = (value: string) => {
    setEdited(value);
    try {
      memory?.setItem(memoryKey, value);
    } catch {
      // Storage full or blocked: the edit stays on screen for printing.
    }
  };
  const markPosted = async () => {
    const at = now().toISOString();
    await store.recordSent(interview.id, person.id, { kind: 'card', at, channel: 'card', text });
    setPosted(true);
  };

  return (
    <main class="card-page">
      <header class="no-print card-header">
        <h1>{t('cardHeading', [name])}</h1>
        <p class="muted">
          {company ? `${company} · ` : ''}
          {t('cardPostBy', [postBy])}
        </p>
        <div class="actions">
          <button type="button" class="primary" onClick={print}>
            {t('cardPrint')}
          </button>
          {!alreadyPosted && !posted ? (
            <button type="button" onClick={() => void markPosted()}>
              {t('markPosted')}
            </button>
          ) : (
            <p class="card-posted" role="status">
              {t('cardPosted')}
            </p>
          )}
        </div>
      </header>

      <section class="card-section" aria-labelledby="card-text-title">
        <h2 id="card-text-title">{t('cardTextHeading')}</h2>
        <div class="field no-print">
          <label for="card-text">{t('cardEditLabel')}</label>
          <textarea
            id="card-text"
            rows={16}
            value={text}
            aria-describedby="card-length"
            onInput={(e) => onInput(e.currentTarget.value)}
          />
        </div>
        <p id="card-length" class={`card-length no-print severity-${length.severity}`}>
          {(length.message && say(length.message)) ??
            (length.words === 1 ? t('cardWordsOne') : t('cardWordsMany', [length.words]))}
          {' · '}
          {t('cardFits')}
        </p>
        {draft.missing.length > 0 && (
          <p class="no-print card-missing">{t('cardMissing', [draft.missing.join(', ')])}</p>
        )}
        <div class="print-only card-print">{text}</div>
      </section>

      <section class="card-section envelope" aria-labelledby="envelope-title">
        <h2 id="envelope-title">{t('cardEnvelope')}</h2>
        <p class="muted no-print">{t('cardAddressNotStored')}</p>
        <div class="envelope-lines">
          {envelopeLines(interview, person).map((line) => (
            <p class="envelope-line filled" key={line}>
              {line}
            </p>
          ))}
          {Array.from({ length: ADDRESS_LINES }, (_, i) => (
            <p class="envelope-line blank" key={`blank-${i}`}>
              <span class="visually-hidden">{t('cardAddressLine', [i + 1])}</span>
            </p>
          ))}
        </div>
      </section>
    </main>
  );
}

function read(memory: Pick<Storage, 'getItem'> | null, key: string): string | null {
  try {
    return memory?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function safeSession(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}
