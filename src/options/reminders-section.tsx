/** When Follow-Through nudges, and which web mail "Write" opens. */
import { mailClientOf } from '../core/model/defaults';
import type { MailClient, ReminderSettings, Settings } from '../core/model/types';
import type { Change } from '../ui/autosave';
import { CheckField, SelectField, TextField } from '../ui/fields';
import { t } from '../ui/i18n';

const HOURS = Array.from({ length: 24 }, (_, h) => h);

function hourLabel(hour: number): string {
  return new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(
    new Date(2026, 0, 5, hour, 0),
  );
}

export function RemindersSection(props: {
  settings: Settings;
  edit: (c: Change<Settings>) => void;
}) {
  const r = props.settings.reminders;
  const set = (patch: Partial<ReminderSettings>) =>
    props.edit((s) => ({ ...s, reminders: { ...s.reminders, ...patch } }));
  const clock = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
  return (
    <section id="reminders" aria-labelledby="reminders-title" class="panel-section">
      <h2 id="reminders-title">{t('remindersHeading')}</h2>
      <CheckField
        id="rem-enabled"
        label={t('remindersEnabled')}
        hint={t('remindersEnabledHint')}
        checked={r.enabled}
        onValue={(enabled) => set({ enabled })}
      />
      <div class="row">
        <SelectField
          id="rem-nudge"
          label={t('remindersNudge')}
          hint={t('remindersNudgeHint')}
          value={String(r.nudgeHour)}
          options={HOURS.map((h) => ({ value: String(h), label: hourLabel(h) }))}
          onValue={(v) => set({ nudgeHour: Number(v) })}
        />
      </div>
      {/* The hint explains both fields (and that equal times switch quiet hours off). */}
      <div
        class="row"
        role="group"
        aria-label={t('remindersQuietGroup')}
        aria-describedby="rem-quiet-hint"
      >
        <TextField
          id="rem-quiet-start"
          type="time"
          label={t('remindersQuietStart')}
          value={r.quietStart}
          onValue={(v) => clock.test(v) && set({ quietStart: v })}
        />
        <TextField
          id="rem-quiet-end"
          type="time"
          label={t('remindersQuietEnd')}
          value={r.quietEnd}
          onValue={(v) => clock.test(v) && set({ quietEnd: v })}
        />
      </div>
      <p class="field-hint" id="rem-quiet-hint">
        {t('remindersQuietHint')}
      </p>
      <h3>{t('mailHeading')}</h3>
      <SelectField
        id="mail-client"
        label={t('mailClient')}
        hint={t('mailClientHint')}
        value={mailClientOf(props.settings)}
        options={[
          { value: 'gmail', label: t('mailClientGmail') },
          { value: 'outlook', label: t('mailClientOutlook') },
        ]}
        // In Settings, so notifications (the service worker) open the same web mail.
        onValue={(mailClient: MailClient) => props.edit((s) => ({ ...s, mailClient }))}
      />
    </section>
  );
}
