/**
 * The schema kit: valibot schemas with the error words the popup and the import report show
 * ("interviewers[1].email: must be a string"), so one definition gives both the types
 * (`v.InferOutput`) and the checks. Every message names its field by path.
 */
import * as v from 'valibot';

export type Result<T> = { ok: true; value: T } | { ok: false; errors: string[] };
export type Schema<T> = v.GenericSchema<unknown, T>;

type Issue = v.BaseIssue<unknown>;

/** A type check's message; an absent value is "required" rather than "the wrong type". */
const expecting =
  (text: string) =>
  (issue: Issue): string =>
    issue.input === undefined ? 'is required' : text;

export function string(max: number, opts: { nonEmpty?: boolean } = {}) {
  const base = v.pipe(
    v.string(expecting('must be a string')),
    v.maxLength(max, `must be at most ${max} characters`),
  );
  return opts.nonEmpty
    ? v.pipe(
        base,
        v.check((s) => s.trim() !== '', 'must not be empty'),
      )
    : base;
}

/** A string of at most `max` characters that passes `test` (dates, zones, clock times). */
export function matching(max: number, test: (value: string) => boolean, message: string) {
  return v.pipe(string(max), v.check(test, message));
}

export function integer(min: number, max: number) {
  const range = `must be between ${min} and ${max}`;
  return v.pipe(
    v.number(expecting('must be an integer')),
    v.integer('must be an integer'),
    v.minValue(min, range),
    v.maxValue(max, range),
  );
}

export function finite() {
  return v.pipe(v.number(expecting('must be a number')), v.finite('must be a number'));
}

export function boolean() {
  return v.boolean(expecting('must be true or false'));
}

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return v.picklist(values, expecting(`must be one of ${values.join(', ')}`));
}

export function literal<const T extends string>(value: T) {
  return v.literal(value, expecting(`must be "${value}"`));
}

export function array<S extends v.GenericSchema>(item: S, max: number) {
  return v.pipe(
    v.array(item, expecting('must be a list')),
    v.maxLength(max, `must have at most ${max} items`),
  );
}

/**
 * A map keyed by ids (rule settings, thresholds). valibot skips `__proto__`, `prototype`
 * and `constructor` keys, so a hostile file cannot reach an object's prototype through one.
 */
export function record<S extends v.GenericSchema>(value: S, maxKeys: number, keyMax = 100) {
  return v.pipe(
    v.record(
      v.pipe(v.string(), v.maxLength(keyMax, 'is not an allowed key')),
      value,
      expecting('must be an object'),
    ),
    v.check((map) => Object.keys(map).length <= maxKeys, `must have at most ${maxKeys} entries`),
  );
}

/**
 * Absent, or null (which JSON writers often emit for "none"): both read as absent, and
 * `run` drops the key, so a stored record never holds a null where a value is optional.
 */
export function optional<S extends v.GenericSchema>(schema: S) {
  return v.optional(
    v.pipe(
      v.nullable(schema),
      v.transform((value) => value ?? undefined),
    ),
  );
}

/**
 * A field added after records were written: absent (or null) reads as `fallback`, so old
 * records and old export files load without a migration and the value is always there.
 */
export function withDefault<S extends v.GenericSchema>(schema: S, fallback: v.InferOutput<S>) {
  return v.optional(
    v.pipe(
      v.nullable(schema),
      v.transform((value): v.InferOutput<S> => value ?? fallback),
    ),
    fallback,
  );
}

/**
 * A stored record's object: every known field is checked, and fields this build doesn't know
 * are kept as they are. A newer build may add a field without a new schema version (as
 * `mailClient` was added), and a copy of an older build that reads, edits and writes such a
 * record back must not erase it. The kept fields stay out of the inferred type: code here
 * neither reads nor writes them, it only carries them along.
 */
export function object<const E extends v.ObjectEntries>(entries: E) {
  return v.looseObject(entries, expecting('must be an object')) as unknown as v.ObjectSchema<
    E,
    undefined
  >;
}

/** An object that refuses fields it doesn't know: messages, where an extra field is a bug or an attack. */
export function exact<const E extends v.ObjectEntries>(entries: E) {
  return v.strictObject(entries, (issue) =>
    issue.expected === 'never' ? 'is not a known field' : expecting('must be an object')(issue),
  );
}

function pathOf(issue: Issue, prefix: string): string {
  let path = prefix;
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (item.type === 'array') path += `[${String(key)}]`;
    else {
      const name = String(key).slice(0, 40);
      path = path ? `${path}.${name}` : name;
    }
  }
  return path || 'value';
}

/** JSON has no undefined: an optional field given as null leaves no key behind. */
function dropUndefined(value: unknown): void {
  if (Array.isArray(value)) value.forEach(dropUndefined);
  else if (typeof value === 'object' && value !== null) {
    const fields = value as Record<string, unknown>;
    for (const key of Object.keys(fields)) {
      if (fields[key] === undefined) delete fields[key];
      else dropUndefined(fields[key]);
    }
  }
}

/**
 * Checks `input` and returns the value, or every problem as "path: message", each path
 * starting with `path` (e.g. "interviews[2]"). One message per field: the first thing wrong.
 */
export function run<T>(schema: Schema<T>, input: unknown, path = ''): Result<T> {
  const result = v.safeParse(schema, input, { abortPipeEarly: true });
  if (result.success) {
    dropUndefined(result.output);
    return { ok: true, value: result.output };
  }
  return {
    ok: false,
    errors: result.issues.map((issue) => `${pathOf(issue, path)}: ${issue.message}`),
  };
}
