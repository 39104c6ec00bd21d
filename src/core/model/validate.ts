/**
 * A tiny validator kit for the schema. Hand-written instead of a library: the schema is
 * small, the error paths must read like the popup's field names, and core stays
 * dependency-free. A validator returns the cleaned value (unknown fields dropped) or
 * `undefined` after pushing "path: message" to `errors`.
 */

export type Result<T> = { ok: true; value: T } | { ok: false; errors: string[] };
export type Validator<T> = (input: unknown, path: string, errors: string[]) => T | undefined;

/** Marks a field that may be absent (or null, which JSON writers often emit for "none"). */
export interface Optional<T> {
  optional: true;
  validator: Validator<T>;
}

export function optional<T>(validator: Validator<T>): Optional<T> {
  return { optional: true, validator };
}

const ABSENT_OK = Symbol('absentOk');

/**
 * A field added after records were written: absent (or null) reads as `fallback`, so old
 * records and old export files load without a migration and the value is always there.
 */
export function withDefault<T>(validator: Validator<T>, fallback: T): Validator<T> {
  const read: Validator<T> = (input, path, errors) =>
    input === undefined || input === null ? fallback : validator(input, path, errors);
  return Object.assign(read, { [ABSENT_OK]: true });
}

type Field = Validator<unknown> | Optional<unknown>;
type Shape = Record<string, Field>;
type Out<S extends Shape> = {
  [K in keyof S as S[K] extends Optional<unknown> ? never : K]: S[K] extends Validator<infer T>
    ? T
    : never;
} & {
  [K in keyof S as S[K] extends Optional<unknown> ? K : never]?: S[K] extends Optional<infer T>
    ? T
    : never;
};

export function run<T>(validator: Validator<T>, input: unknown, path = ''): Result<T> {
  const errors: string[] = [];
  const value = validator(input, path, errors);
  return errors.length === 0 && value !== undefined
    ? { ok: true, value }
    : { ok: false, errors: errors.length ? errors : [`${path || 'value'}: invalid`] };
}

export function fail(errors: string[], path: string, message: string): undefined {
  errors.push(`${path || 'value'}: ${message}`);
  return undefined;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

export function object<S extends Shape>(shape: S): Validator<Out<S>> {
  return (input, path, errors) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return fail(errors, path, 'must be an object');
    }
    const source = input as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    const before = errors.length;
    for (const [key, field] of Object.entries(shape)) {
      const value = source[key];
      const fieldPath = join(path, key);
      if ('optional' in field) {
        if (value === undefined || value === null) continue;
        const v = field.validator(value, fieldPath, errors);
        if (v !== undefined) out[key] = v;
      } else {
        if (value === undefined && !(ABSENT_OK in field)) {
          fail(errors, fieldPath, 'is required');
          continue;
        }
        const v = field(value, fieldPath, errors);
        if (v !== undefined) out[key] = v;
      }
    }
    return errors.length === before ? (out as Out<S>) : undefined;
  };
}

export function string(max: number, opts: { nonEmpty?: boolean } = {}): Validator<string> {
  return (input, path, errors) => {
    if (typeof input !== 'string') return fail(errors, path, 'must be a string');
    if (input.length > max) return fail(errors, path, `must be at most ${max} characters`);
    if (opts.nonEmpty && input.trim() === '') return fail(errors, path, 'must not be empty');
    return input;
  };
}

export function matching(
  max: number,
  test: (value: string) => boolean,
  message: string,
): Validator<string> {
  const base = string(max);
  return (input, path, errors) => {
    const value = base(input, path, errors);
    if (value === undefined) return undefined;
    return test(value) ? value : fail(errors, path, message);
  };
}

export function integer(min: number, max: number): Validator<number> {
  return (input, path, errors) => {
    if (typeof input !== 'number' || !Number.isInteger(input)) {
      return fail(errors, path, 'must be an integer');
    }
    if (input < min || input > max) return fail(errors, path, `must be between ${min} and ${max}`);
    return input;
  };
}

export function finite(): Validator<number> {
  return (input, path, errors) =>
    typeof input === 'number' && Number.isFinite(input)
      ? input
      : fail(errors, path, 'must be a number');
}

export function boolean(): Validator<boolean> {
  return (input, path, errors) =>
    typeof input === 'boolean' ? input : fail(errors, path, 'must be true or false');
}

export function oneOf<T extends string>(values: readonly T[]): Validator<T> {
  return (input, path, errors) =>
    typeof input === 'string' && (values as readonly string[]).includes(input)
      ? (input as T)
      : fail(errors, path, `must be one of ${values.join(', ')}`);
}

export function literal<T extends string>(value: T): Validator<T> {
  return (input, path, errors) =>
    input === value ? value : fail(errors, path, `must be "${value}"`);
}

export function array<T>(item: Validator<T>, max: number): Validator<T[]> {
  return (input, path, errors) => {
    if (!Array.isArray(input)) return fail(errors, path, 'must be a list');
    if (input.length > max) return fail(errors, path, `must have at most ${max} items`);
    const out: T[] = [];
    const before = errors.length;
    input.forEach((element, i) => {
      const v = item(element, `${path}[${i}]`, errors);
      if (v !== undefined) out.push(v);
    });
    return errors.length === before ? out : undefined;
  };
}

export function record<T>(
  value: Validator<T>,
  maxKeys: number,
  keyMax = 100,
): Validator<Record<string, T>> {
  return (input, path, errors) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return fail(errors, path, 'must be an object');
    }
    const entries = Object.entries(input as Record<string, unknown>);
    if (entries.length > maxKeys) return fail(errors, path, `must have at most ${maxKeys} entries`);
    const out: Record<string, T> = {};
    const before = errors.length;
    for (const [key, element] of entries) {
      if (key.length > keyMax || key === '__proto__') {
        fail(errors, join(path, key.slice(0, 40)), 'is not an allowed key');
        continue;
      }
      const v = value(element, join(path, key), errors);
      if (v !== undefined) out[key] = v;
    }
    return errors.length === before ? out : undefined;
  };
}
