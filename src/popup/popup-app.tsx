/**
 * The toolbar popup: what is due, a quick way to enter the interview that just ended, and
 * every interview so far. Reopening the popup right after closing it returns to the
 * interview being typed, so a popup closed by a stray click costs nothing.
 */
import { useSignal, useSignalEffect } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import { mailClientOf, newInterview } from '../core/model/defaults';
import type { Interview } from '../core/model/types';
import { badgeCount, dueItems } from '../core/timing/due-items';
import type browser from '../shared/browser';
import type { PopupFocus } from '../shared/links';
import type { Store } from '../shared/store';
import { t } from '../ui/i18n';
import { hasSamples, removeSampleNotes } from '../ui/sample-notes';
import { DueList, type DueActions } from './due-list';
import { InterviewEditor } from './interview-editor';
import { InterviewList } from './interview-list';
import { SetAsideNotice } from '../ui/set-aside-notice';
import { userZone } from './format';

type View = { name: 'home' } | { name: 'edit'; id: string; seed?: Interview; focus?: PopupFocus };

export interface PopupAppProps {
  store: Store;
  api: Pick<typeof browser, 'tabs' | 'runtime'>;
  now?: () => Date;
  /** Where "the interview I was typing" is remembered; the page's localStorage by default. */
  memory?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /**
   * Where the page was asked to open (`popupLink`, from a notification): that interview, and
   * for a "close" reminder its outcome form. Wins over resuming the interview being typed.
   */
  link?: { interviewId: string; focus?: PopupFocus } | null;
}

const VIEW_KEY = 'follow-through:popup-editing';
const WELCOME_PAGE = 'src/welcome/index.html';
/** Reopening within this time returns to the interview being typed. */
const RESUME_MS = 2 * 60 * 60_000;

export function PopupApp({
  store,
  api,
  now = () => new Date(),
  memory = safeStorage(),
  link = null,
}: PopupAppProps) {
  const [view, setView] = useState<View>({ name: 'home' });
  const [linkGone, setLinkGone] = useState(false);
  const clock = useSignal(now().toISOString());
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const timer = setInterval(() => (clock.value = now().toISOString()), 30_000);
    void store.ready.then(() => {
      const exists = (id: string) => store.interviews.value.some((iv) => iv.id === id);
      const resume = readResume(memory, now());
      if (link && exists(link.interviewId)) {
        setView({
          name: 'edit',
          id: link.interviewId,
          ...(link.focus ? { focus: link.focus } : {}),
        });
      } else if (link) {
        // Deleted since the notification was shown: say so rather than open something else.
        setLinkGone(true);
      } else if (resume && exists(resume)) {
        setView({ name: 'edit', id: resume });
      }
      setReady(true);
    });
    return () => clearInterval(timer);
  }, []);

  const remember = (id: string | null) => {
    try {
      if (id) memory?.setItem(VIEW_KEY, JSON.stringify({ id, at: now().toISOString() }));
      else memory?.removeItem(VIEW_KEY);
    } catch {
      // A full or blocked localStorage only costs the "resume" convenience.
    }
  };
  const goHome = () => {
    remember(null);
    setLinkGone(false);
    setView({ name: 'home' });
  };
  const open = (id: string) => {
    remember(id);
    setView({ name: 'edit', id });
  };

  // Keep the heading's count in step with the due list (and the badge, which counts alike).
  const [announce, setAnnounce] = useState('');
  useSignalEffect(() => {
    const items = dueItems(store.interviews.value, clock.value, store.settings.value);
    setAnnounce(String(badgeCount(items)));
  });

  // An empty popup has one thing to do: its button takes the focus, so Enter opens the form.
  const newButton = useRef<HTMLButtonElement>(null);
  const empty = ready && view.name === 'home' && store.interviews.value.length === 0;
  useEffect(() => {
    if (empty) newButton.current?.focus();
  }, [empty]);

  const error = store.status.value.error;
  const actions: DueActions = {
    open,
    openUrl: (url) => void api.tabs.create({ url }),
    pageUrl: (path) => api.runtime.getURL(path),
    markSent: (interviewId, interviewerId, kind) =>
      void store
        .recordSent(interviewId, interviewerId, {
          kind,
          at: now().toISOString(),
          channel: kind === 'card' ? 'card' : 'email',
          text: '',
        })
        .catch(logFailure),
    markFollowedUp: (interviewId) => {
      const interview = store.interviews.value.find((iv) => iv.id === interviewId);
      const first = interview?.interviewers[0];
      if (!interview || !first) return;
      void store
        .recordSent(interviewId, first.id, {
          kind: 'follow-up',
          at: now().toISOString(),
          channel: interview.channel,
          text: '',
        })
        .catch(logFailure);
    },
    close: (interviewId, result, lesson) =>
      void store
        .setOutcome(interviewId, {
          result,
          ...(lesson ? { lesson } : {}),
          closedAt: now().toISOString(),
        })
        .catch(logFailure),
  };

  return (
    <main class="popup">
      <header class="popup-head">
        <h1>{t('extName')}</h1>
        <button type="button" class="quiet" onClick={() => void api.runtime.openOptionsPage()}>
          {t('openSettings')}
        </button>
      </header>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      <SetAsideNotice store={store} />
      {linkGone && view.name === 'home' && (
        <p class="notice" role="status">
          {t('linkGone')}
        </p>
      )}
      {!ready ? (
        <p class="muted" role="status">
          {t('loading')}
        </p>
      ) : view.name === 'edit' ? (
        <InterviewEditor
          key={view.id}
          store={store}
          id={view.id}
          seed={view.seed}
          {...(view.focus ? { focus: view.focus } : {})}
          now={now}
          onDone={goHome}
          onSaved={(id) => remember(id)}
        />
      ) : (
        <>
          <div class="actions new-interview">
            <button
              type="button"
              class="primary"
              id="new-interview"
              ref={newButton}
              onClick={() => {
                const seed = newInterview(now(), userZone());
                setView({ name: 'edit', id: seed.id, seed });
              }}
            >
              {t('newInterview')}
            </button>
          </div>
          {empty && (
            <div class="empty-state">
              <p class="muted">{t('popupEmptyHint')}</p>
              <button
                type="button"
                class="link"
                id="try-samples"
                onClick={() => void api.tabs.create({ url: api.runtime.getURL(WELCOME_PAGE) })}
              >
                {t('popupTrySamples')}
              </button>
            </div>
          )}
          {hasSamples(store) && (
            <p class="notice samples">
              {t('popupSamplesNotice')}{' '}
              <button
                type="button"
                id="remove-samples"
                onClick={() => void removeSampleNotes(store).catch(logFailure)}
              >
                {t('popupSamplesRemove')}
              </button>
            </p>
          )}
          <section aria-labelledby="due-title" class="due">
            <h2 id="due-title">
              {t('dueHeading')}{' '}
              <span class="count" aria-label={t('dueCountLabel', [announce])}>
                {announce}
              </span>
            </h2>
            <DueList
              items={dueItems(store.interviews.value, clock.value, store.settings.value)}
              interviews={store.interviews.value}
              templates={store.templates.value}
              settings={store.settings.value}
              now={clock.value}
              client={mailClientOf(store.settings.value)}
              actions={actions}
            />
          </section>
          <section aria-labelledby="all-title">
            <h2 id="all-title">{t('allInterviews')}</h2>
            <InterviewList interviews={store.interviews.value} onOpen={open} />
          </section>
        </>
      )}
    </main>
  );
}

function readResume(memory: Pick<Storage, 'getItem'> | null, now: Date): string | null {
  try {
    const raw = memory?.getItem(VIEW_KEY);
    if (!raw) return null;
    const { id, at } = JSON.parse(raw) as { id?: unknown; at?: unknown };
    if (typeof id !== 'string' || typeof at !== 'string') return null;
    return now.getTime() - Date.parse(at) < RESUME_MS ? id : null;
  } catch {
    return null;
  }
}

function safeStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function logFailure(error: unknown): void {
  // The store already shows storage failures in its status line; this is for the console.
  console.warn('[Follow-Through] action failed', error);
}
