/**
 * The page a new user sees right after installing: what to do in three steps, and a way to
 * try everything on made-up interviews first. The sample button toggles: once samples are in,
 * the same place removes them, so trying costs nothing.
 */
import { useState } from 'preact/hooks';
import type { Store } from '../shared/store';
import { t } from '../ui/i18n';
import { addSampleNotes, hasSamples, removeSampleNotes } from '../ui/sample-notes';
import { SAMPLE_EMAIL } from '../core/model/sample-notes';

export interface WelcomeAppProps {
  store: Store;
  /** The toggle command's key as the browser has it (the user may have changed it). */
  shortcut: string;
  openOptions: () => void;
  now?: () => Date;
  timeZone?: string;
}

type Outcome = 'added' | 'removed' | 'failed' | null;

export function WelcomeApp({
  store,
  shortcut,
  openOptions,
  now = () => new Date(),
  timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
}: WelcomeAppProps) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const loading = store.status.value.loading;
  const samples = hasSamples(store);

  const toggleSamples = async (): Promise<void> => {
    setBusy(true);
    try {
      if (samples) await removeSampleNotes(store);
      else await addSampleNotes(store, now(), timeZone);
      setOutcome(samples ? 'removed' : 'added');
    } catch (error) {
      console.warn('[Follow-Through] sample notes', error);
      setOutcome('failed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="welcome">
      <header class="welcome-head">
        <img src="/icons/icon-48.png" alt="" width="48" height="48" />
        <div>
          <h1>{t('welcomeTitle')}</h1>
          <p class="lead">{t('welcomeLead')}</p>
        </div>
      </header>

      <section aria-labelledby="steps-title">
        <h2 id="steps-title" class="visually-hidden">
          {t('welcomeStepsHeading')}
        </h2>
        <ol class="steps">
          <li>
            <h3>{t('welcomeStep1Title')}</h3>
            <p>{t('welcomeStep1')}</p>
          </li>
          <li>
            <h3>{t('welcomeStep2Title')}</h3>
            <p>
              {t('welcomeStep2')} <kbd>{shortcut || 'Alt+Shift+Y'}</kbd> {t('welcomeStep2Shortcut')}
            </p>
          </li>
          <li>
            <h3>{t('welcomeStep3Title')}</h3>
            <p>{t('welcomeStep3')}</p>
          </li>
        </ol>
      </section>

      <section aria-labelledby="sample-title" class="try">
        <h2 id="sample-title">{t('welcomeSampleHeading')}</h2>
        <p>{t('welcomeSampleText', [SAMPLE_EMAIL])}</p>
        <div class="actions">
          <button
            type="button"
            id="sample-notes"
            class={samples ? 'danger' : 'primary'}
            disabled={busy || loading}
            onClick={() => void toggleSamples()}
          >
            {samples ? t('welcomeSampleRemove') : t('welcomeSampleAdd')}
          </button>
        </div>
        <p role="status" class={outcome === 'failed' ? 'notice error' : 'muted'}>
          {outcome === 'added'
            ? t('welcomeSampleAdded')
            : outcome === 'removed'
              ? t('welcomeSampleRemoved')
              : outcome === 'failed'
                ? t('welcomeSampleFailed')
                : ''}
        </p>
      </section>

      <section aria-labelledby="you-title">
        <h2 id="you-title">{t('welcomeYouHeading')}</h2>
        <p>{t('welcomeYouText')}</p>
        <div class="actions">
          <button type="button" id="open-settings" onClick={openOptions}>
            {t('openSettings')}
          </button>
        </div>
      </section>
    </main>
  );
}
