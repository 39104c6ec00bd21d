/** The user's own name and signature: the `{{myName}}` and `{{signature}}` fields. */
import type { Settings } from '../core/model/types';
import type { Change } from '../ui/autosave';
import { TextField } from '../ui/fields';
import { t } from '../ui/i18n';

export function ProfileSection(props: { settings: Settings; edit: (c: Change<Settings>) => void }) {
  return (
    <section id="you" aria-labelledby="you-title" class="panel-section">
      <h2 id="you-title">{t('youHeading')}</h2>
      <TextField
        id="user-name"
        label={t('userName')}
        hint={t('userNameHint')}
        autoComplete="name"
        value={props.settings.userName}
        onValue={(userName) => props.edit((s) => ({ ...s, userName }))}
      />
      <TextField
        id="user-signature"
        label={t('userSignature')}
        hint={t('userSignatureHint')}
        multiline
        rows={4}
        value={props.settings.signature}
        onValue={(signature) => props.edit((s) => ({ ...s, signature }))}
      />
    </section>
  );
}
