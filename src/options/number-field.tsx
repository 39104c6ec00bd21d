/**
 * A number input that keeps what the user is typing (an empty box, "1.") on screen and
 * saves only a valid number, explaining inline when it isn't one.
 */
import { useEffect, useState } from 'preact/hooks';
import { TextField } from '../ui/fields';
import { t } from '../ui/i18n';

export interface NumberFieldProps {
  id: string;
  label: string;
  value: number;
  onValue: (value: number) => void;
  min?: number;
  max?: number;
  step?: number;
  hint?: string;
}

export function NumberField(props: NumberFieldProps) {
  const [text, setText] = useState(String(props.value));
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    // A change from elsewhere (another page, "use defaults") shows unless the user is typing.
    if (!focused) setText(String(props.value));
  }, [props.value, focused]);
  const parsed = text.trim() === '' ? NaN : Number(text);
  const { min, max } = props;
  const invalid = !Number.isFinite(parsed)
    ? t('numberInvalid')
    : (min !== undefined && parsed < min) || (max !== undefined && parsed > max)
      ? t('numberRange', [min ?? '', max ?? ''])
      : null;
  return (
    <TextField
      id={props.id}
      type="number"
      label={props.label}
      hint={props.hint}
      value={text}
      min={min}
      max={max}
      step={props.step}
      issue={invalid}
      onBlur={() => setFocused(false)}
      onValue={(v) => {
        setFocused(true);
        setText(v);
        const n = Number(v);
        if (v.trim() !== '' && Number.isFinite(n)) {
          if ((min === undefined || n >= min) && (max === undefined || n <= max)) props.onValue(n);
        }
      }}
    />
  );
}
