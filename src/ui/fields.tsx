/**
 * Labelled form controls. Every control has a visible label tied by `for`/`id`; an issue
 * is shown under the control, announced through `aria-describedby`, and marks the control
 * `aria-invalid` without blocking the save: a half-filled form is kept as a draft, never lost.
 */
import type { ComponentChildren, JSX } from 'preact';

interface Common {
  id: string;
  label: string;
  /** Visually hidden label, for controls whose meaning is clear from a legend or row. */
  hideLabel?: boolean;
  hint?: string;
  issue?: string | null;
  class?: string;
}

function describedBy(id: string, hint?: string, issue?: string | null): string | undefined {
  const ids = [hint ? `${id}-hint` : '', issue ? `${id}-issue` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Extras({ id, hint, issue }: Pick<Common, 'id' | 'hint' | 'issue'>) {
  return (
    <>
      {hint && (
        <span class="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {issue && (
        <span class="field-issue" id={`${id}-issue`}>
          {issue}
        </span>
      )}
    </>
  );
}

export interface TextFieldProps extends Common {
  value: string;
  onValue: (value: string) => void;
  type?: 'text' | 'email' | 'search' | 'number' | 'date' | 'time' | 'datetime-local';
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  autoComplete?: string;
  min?: number | string;
  max?: number | string;
  step?: number;
  onKeyDown?: (event: JSX.TargetedKeyboardEvent<HTMLElement>) => void;
  onBlur?: () => void;
  inputProps?: Record<string, string | number | boolean | undefined>;
  inputRef?: (element: HTMLInputElement | HTMLTextAreaElement | null) => void;
}

export function TextField(props: TextFieldProps) {
  const { id, label, hideLabel, hint, issue, value, onValue } = props;
  const shared = {
    id,
    value,
    placeholder: props.placeholder,
    'aria-invalid': issue ? true : undefined,
    'aria-describedby': describedBy(id, hint, issue),
    onInput: (event: Event) => onValue((event.currentTarget as HTMLInputElement).value),
    onKeyDown: props.onKeyDown,
    onBlur: props.onBlur,
    ...props.inputProps,
  };
  return (
    <div class={`field ${props.class ?? ''}`}>
      <label for={id} class={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {props.multiline ? (
        <textarea {...shared} rows={props.rows ?? 2} ref={props.inputRef} />
      ) : (
        <input
          {...shared}
          type={props.type ?? 'text'}
          autoComplete={props.autoComplete ?? 'off'}
          min={props.min}
          max={props.max}
          step={props.step}
          ref={props.inputRef}
        />
      )}
      <Extras id={id} hint={hint} issue={issue} />
    </div>
  );
}

export interface SelectFieldProps<V extends string> extends Common {
  value: V;
  options: readonly { value: V; label: string }[];
  onValue: (value: V) => void;
}

export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const { id, label, hideLabel, hint, issue } = props;
  return (
    <div class={`field ${props.class ?? ''}`}>
      <label for={id} class={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select
        id={id}
        value={props.value}
        aria-describedby={describedBy(id, hint, issue)}
        aria-invalid={issue ? true : undefined}
        onChange={(event) => props.onValue((event.currentTarget as HTMLSelectElement).value as V)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Extras id={id} hint={hint} issue={issue} />
    </div>
  );
}

export function CheckField(props: {
  id: string;
  label: ComponentChildren;
  checked: boolean;
  onValue: (checked: boolean) => void;
  hint?: string;
}) {
  return (
    <div class="field">
      <div class="check">
        <input
          type="checkbox"
          id={props.id}
          checked={props.checked}
          aria-describedby={props.hint ? `${props.id}-hint` : undefined}
          onChange={(event) => props.onValue((event.currentTarget as HTMLInputElement).checked)}
        />
        <label for={props.id}>{props.label}</label>
      </div>
      {props.hint && (
        <span class="field-hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      )}
    </div>
  );
}
