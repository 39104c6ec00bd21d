/**
 * The options page: the user's name and signature, templates, checks, reminders, and their
 * data. Every section edits the shared store, so the popup and open panels follow at once.
 */
import type { Settings } from '../core/model/types';
import type { Store } from '../shared/store';
import { t } from '../ui/i18n';
import { useAutosave } from '../ui/use-autosave';
import { SetAsideNotice } from '../ui/set-aside-notice';
import { DataSection } from './data-section';
import { ProfileSection } from './profile-section';
import { RemindersSection } from './reminders-section';
import { RulesSection } from './rules-section';
import { TemplatesSection } from './templates-section';

export function OptionsApp({ store, now = () => new Date() }: { store: Store; now?: () => Date }) {
  const settingsSave = useAutosave<Settings>('settings', () => ({
    current: () => store.settings.value,
    commit: (change) => store.saveSettings(change(store.settings.value)),
  }));
  const settings = settingsSave.value.value ?? store.settings.value;
  const edit = settingsSave.edit;
  const status = store.status.value;
  const saving = settingsSave.waiting.value > 0 || status.pendingWrites > 0;

  return (
    <div class="options">
      <header class="options-head">
        <h1>{t('optionsTitle')}</h1>
        <p class="status-line" role="status">
          {status.loading ? t('loading') : saving ? t('saving') : t('saved')}
        </p>
      </header>
      <nav aria-label={t('optionsNav')}>
        <ul class="plain">
          <li>
            <a href="#you">{t('youHeading')}</a>
          </li>
          <li>
            <a href="#templates">{t('templatesHeading')}</a>
          </li>
          <li>
            <a href="#checks">{t('checksHeading')}</a>
          </li>
          <li>
            <a href="#reminders">{t('remindersHeading')}</a>
          </li>
          <li>
            <a href="#data">{t('dataHeading')}</a>
          </li>
        </ul>
      </nav>
      <main>
        {status.error && (
          <p class="notice error" role="alert">
            {status.error}
          </p>
        )}
        <SetAsideNotice store={store} />
        <ProfileSection settings={settings} edit={edit} />
        <TemplatesSection store={store} now={now} />
        <RulesSection settings={settings} edit={edit} />
        <RemindersSection settings={settings} edit={edit} />
        <DataSection store={store} now={now} />
      </main>
    </div>
  );
}
