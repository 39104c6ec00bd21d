/**
 * The templates editor: pick a template, edit its name, kind, subject and body (fields are
 * offered as you type "{{"), see it filled on a sample interview, reset a built-in one to
 * its shipped text, or add and delete your own.
 */
import { useState } from 'preact/hooks';
import { newId } from '../core/model/ids';
import { SCHEMA_VERSION, type Template, type TemplateKind } from '../core/model/types';
import { BUILT_IN_TEMPLATES } from '../core/templates/built-in-templates';
import { templateFields } from '../core/templates/fields';
import { fillTemplate } from '../core/templates/fill-template';
import { findFieldMarkers } from '../core/templates/markers';
import type { Store } from '../shared/store';
import { SelectField, TextField } from '../ui/fields';
import { t, type MessageKey } from '../ui/i18n';
import { useAutosave } from '../ui/use-autosave';
import { FieldTextarea } from './field-textarea';
import { sampleContext } from './sample-context';

const KINDS: TemplateKind[] = ['email', 'card', 'follow-up'];
const KIND_KEY: Record<TemplateKind, MessageKey> = {
  email: 'templateKind_email',
  card: 'templateKind_card',
  'follow-up': 'templateKind_follow_up',
};

export function TemplatesSection({ store, now }: { store: Store; now: () => Date }) {
  const templates = store.templates.value;
  const [selected, setSelected] = useState<string>(templates[0]?.id ?? '');
  const current = templates.find((tpl) => tpl.id === selected) ?? templates[0];

  const addTemplate = () => {
    const template: Template = {
      kind: 'template',
      schemaVersion: SCHEMA_VERSION,
      rev: 0,
      updatedAt: now().toISOString(),
      id: `tpl-${newId()}`,
      name: t('newTemplateName'),
      type: 'email',
      subject: current?.subject ?? '',
      body: current?.body ?? '',
      builtIn: false,
    };
    void store.saveTemplate(template).catch((e) => console.warn(e));
    setSelected(template.id);
    requestAnimationFrame(() => document.getElementById('tpl-name')?.focus());
  };

  return (
    <section id="templates" aria-labelledby="templates-title" class="panel-section">
      <h2 id="templates-title">{t('templatesHeading')}</h2>
      <p class="muted">{t('templatesIntro')}</p>
      <div class="row">
        <SelectField
          id="tpl-pick"
          label={t('templatePick')}
          value={current?.id ?? ''}
          options={templates.map((tpl) => ({
            value: tpl.id,
            label: tpl.builtIn ? t('templateBuiltInName', [tpl.name]) : tpl.name,
          }))}
          onValue={setSelected}
        />
        <button type="button" onClick={addTemplate}>
          {t('templateAdd')}
        </button>
      </div>
      {current && (
        <TemplateEditor
          key={current.id}
          store={store}
          id={current.id}
          onDeleted={() => setSelected(BUILT_IN_TEMPLATES[0]?.id ?? '')}
        />
      )}
    </section>
  );
}

function TemplateEditor(props: { store: Store; id: string; onDeleted: () => void }) {
  const { store, id } = props;
  const find = () => store.templates.value.find((tpl) => tpl.id === id);
  const autosave = useAutosave<Template>(`template:${id}`, () => ({
    current: find,
    commit: async (change) => {
      const stored = find();
      // Deleted in another page meanwhile: nothing to write onto.
      if (stored) await store.saveTemplate(change(stored));
    },
  }));
  const [confirming, setConfirming] = useState(false);
  // A name may be cleared while retyping it; only a non-empty one is saved.
  const [nameDraft, setNameDraft] = useState<string | null>(null);
  const template = autosave.value.value;
  if (!template) return null;

  const shipped = BUILT_IN_TEMPLATES.find((b) => b.id === id);
  const edited =
    shipped !== undefined &&
    (shipped.name !== template.name ||
      shipped.subject !== template.subject ||
      shipped.body !== template.body ||
      shipped.type !== template.type);
  const set = <K extends 'name' | 'subject' | 'body' | 'type'>(key: K, value: Template[K]) =>
    autosave.edit((tpl) => ({ ...tpl, [key]: value }));

  const unknown = [
    ...findFieldMarkers(template.subject),
    ...findFieldMarkers(template.body),
  ].filter((m) => !m.known || m.unclosed);
  const unknownText = unknown.length
    ? t('templateUnknownFields', [
        unknown.map((m) => `{{${m.name}${m.unclosed ? '' : '}}'}`).join(', '),
      ])
    : null;
  const filled = fillTemplate(template, sampleContext(store.settings.value));

  return (
    <div class="template-editor">
      <div class="template-form">
        <div class="row">
          <TextField
            id="tpl-name"
            label={t('templateName')}
            value={nameDraft ?? template.name}
            issue={nameDraft !== null && !nameDraft.trim() ? t('templateNameMissing') : null}
            onValue={(v) => {
              setNameDraft(v.trim() ? null : v);
              if (v.trim()) set('name', v);
            }}
          />
          <SelectField
            id="tpl-kind"
            label={t('templateKind')}
            value={template.type}
            options={KINDS.map((k) => ({
              value: k,
              label: t(KIND_KEY[k]),
            }))}
            onValue={(v) => set('type', v)}
          />
        </div>
        <FieldTextarea
          id="tpl-subject"
          label={t('templateSubject')}
          multiline={false}
          value={template.subject}
          onValue={(v) => set('subject', v)}
        />
        <FieldTextarea
          id="tpl-body"
          label={t('templateBody')}
          hint={t('templateBodyHint')}
          issue={unknownText}
          rows={14}
          value={template.body}
          onValue={(v) => set('body', v)}
        />
        <div class="actions">
          {template.builtIn ? (
            <button
              type="button"
              disabled={!edited}
              aria-describedby="tpl-reset-hint"
              onClick={() => void store.resetTemplate(id).catch((e) => console.warn(e))}
            >
              {t('templateReset')}
            </button>
          ) : confirming ? (
            <>
              <span id="tpl-delete-q">{t('templateDeleteConfirm', [template.name])}</span>
              <button
                type="button"
                class="danger"
                aria-describedby="tpl-delete-q"
                onClick={() => {
                  void store.deleteTemplate(id).catch((e) => console.warn(e));
                  props.onDeleted();
                }}
              >
                {t('templateDeleteYes')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('cancel')}
              </button>
            </>
          ) : (
            <button type="button" class="quiet" onClick={() => setConfirming(true)}>
              {t('templateDelete')}
            </button>
          )}
          <span class="muted" id="tpl-reset-hint">
            {template.builtIn ? (edited ? t('templateEdited') : t('templateAsShipped')) : ''}
          </span>
        </div>
        <details class="field-list">
          <summary>{t('fieldsAvailable')}</summary>
          <dl>
            {templateFields.map((f) => (
              <div key={f.name}>
                <dt>
                  <code>{`{{${f.name}}}`}</code>
                </dt>
                <dd>
                  {f.label} — <span class="muted">{t('fieldExample', [f.example])}</span>
                </dd>
              </div>
            ))}
          </dl>
        </details>
      </div>
      <section class="preview" aria-labelledby="preview-title">
        <h3 id="preview-title">{t('previewHeading')}</h3>
        <p class="muted">{t('previewIntro')}</p>
        <div class="preview-mail">
          <p>
            <strong>{t('previewSubject')}</strong> {filled.subject}
          </p>
          <div class="preview-body">{filled.body}</div>
        </div>
        {filled.missing.length > 0 && (
          <p class="field-issue">{t('previewMissing', [filled.missing.join(', ')])}</p>
        )}
      </section>
    </div>
  );
}
