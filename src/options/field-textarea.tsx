/**
 * A text area that offers template fields as you type: after "{{" a list of fields appears
 * (filtered by what follows), Arrow keys move through it, Enter or Tab inserts, Escape
 * closes. The list follows the ARIA combobox pattern on a textbox (`aria-autocomplete`,
 * `aria-activedescendant`), so screen readers hear the highlighted field.
 */
import { useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { TemplateField } from '../core/templates/fields';
import { t } from '../ui/i18n';
import { completeField, fieldQueryAt, matchingFields, type FieldQuery } from './field-autocomplete';

export interface FieldTextareaProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  rows?: number;
  multiline?: boolean;
  hint?: string;
  issue?: string | null;
}

export function FieldTextarea(props: FieldTextareaProps) {
  const { id, value } = props;
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const [query, setQuery] = useState<FieldQuery | null>(null);
  const [active, setActive] = useState(0);
  const options: TemplateField[] = query ? matchingFields(query.text) : [];
  const open = query !== null && options.length > 0;
  const listId = `${id}-fields`;
  const optionId = (i: number) => `${id}-field-${i}`;

  const refresh = (element: HTMLTextAreaElement | HTMLInputElement) => {
    const caret = element.selectionStart ?? element.value.length;
    const next = element.selectionEnd === caret ? fieldQueryAt(element.value, caret) : null;
    setQuery(next);
    if (next?.text !== query?.text) setActive(0);
  };

  const choose = (field: TemplateField) => {
    const element = ref.current;
    if (!element || !query) return;
    const caret = element.selectionStart ?? value.length;
    const done = completeField(element.value, caret, query, field.name);
    props.onValue(done.value);
    setQuery(null);
    // The controlled value lands on the next render; put the caret after the field then.
    requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(done.caret, done.caret);
    });
  };

  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLElement>) => {
    if (!open) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + options.length) % options.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      const field = options[active];
      if (!field) return;
      event.preventDefault();
      choose(field);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setQuery(null);
    }
  };

  const describedBy = [
    props.hint ? `${id}-hint` : '',
    props.issue ? `${id}-issue` : '',
    `${id}-ac-help`,
  ]
    .filter(Boolean)
    .join(' ');
  const shared = {
    id,
    ref,
    value,
    'aria-autocomplete': 'list' as const,
    'aria-controls': listId,
    'aria-activedescendant': open ? optionId(active) : undefined,
    'aria-describedby': describedBy,
    'aria-invalid': props.issue ? true : undefined,
    spellcheck: true,
    onInput: (event: Event) => {
      const element = event.currentTarget as HTMLTextAreaElement;
      props.onValue(element.value);
      refresh(element);
    },
    onKeyDown,
    onKeyUp: (event: JSX.TargetedKeyboardEvent<HTMLElement>) => {
      if (['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) {
        refresh(event.currentTarget as HTMLTextAreaElement);
      }
    },
    onClick: (event: Event) => refresh(event.currentTarget as HTMLTextAreaElement),
    onBlur: () => setQuery(null),
  };

  return (
    <div class="field field-ac">
      <label for={id}>{props.label}</label>
      {props.multiline === false ? (
        <input type="text" autoComplete="off" {...shared} />
      ) : (
        <textarea rows={props.rows ?? 10} {...shared} />
      )}
      <span class="visually-hidden" id={`${id}-ac-help`}>
        {t('fieldsHelp')}
      </span>
      {props.hint && (
        <span class="field-hint" id={`${id}-hint`}>
          {props.hint}
        </span>
      )}
      {props.issue && (
        <span class="field-issue" id={`${id}-issue`}>
          {props.issue}
        </span>
      )}
      <ul
        class="ac-list"
        id={listId}
        role="listbox"
        aria-label={t('fieldsListLabel')}
        hidden={!open}
      >
        {open &&
          options.map((field, i) => (
            <li
              key={field.name}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'active' : undefined}
              // mousedown, not click: the textarea must keep focus and its caret.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(field);
              }}
            >
              <code>{`{{${field.name}}}`}</code> <span class="muted">{field.label}</span>
            </li>
          ))}
      </ul>
      <span class="visually-hidden" role="status">
        {open ? t('fieldsMatching', [options.length]) : ''}
      </span>
    </div>
  );
}
