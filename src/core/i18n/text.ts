/**
 * Words shown to a person, as a message key and its substitutions rather than English. Pure
 * code (the checks, time formatting) returns a `Text`; the extension words it through the
 * browser's i18n API in the user's language, and the command line words it with the English
 * `messages.json`. A translation is then a new `_locales` folder and no code.
 */
import type english from '../../../public/_locales/en/messages.json';
import type { MessageArity } from './message-arity';

/** Every key `public/_locales/en/messages.json` has: a misspelt key is a type error. */
export type MessageKey = keyof typeof english;

/** A substitution: plain words (a name, a quote), a number, or words that are worded too. */
export type Sub = string | number | Text;

/** `N` values of type `T`: the substitutions a message with `$1`…`$N` takes. */
export type Tuple<N extends number, T, A extends T[] = []> = A['length'] extends N
  ? A
  : Tuple<N, T, [...A, T]>;

/** The substitutions `key` takes, one per `$n`: a missing or extra one is a type error. */
export type SubsOf<K extends MessageKey, T = Sub> = Tuple<MessageArity[K], T>;

export interface Text {
  key: MessageKey;
  subs?: Sub[];
}

/** `msg('dueCard', name)`: a key with its `$1`, `$2`… substitutions. */
export function msg<K extends MessageKey>(key: K, ...subs: SubsOf<K>): Text {
  const list: Sub[] = subs;
  return list.length ? { key, subs: list } : { key };
}

/** The shape of a `messages.json` file, as the browser reads it. */
export type Catalog = Record<string, { message: string }>;

/** The whole `messages.json` format: `$1`… take the substitutions, `$$` is a dollar sign. */
export function fillMessage(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\$|\d)/g, (_, n: string) =>
    n === '$' ? '$' : (subs[Number(n) - 1] ?? ''),
  );
}

/**
 * Words a `Text` with `lookup` (one message by key and its substitutions), substitutions first.
 * The extension passes the browser's `getMessage`; `catalogLookup` makes one from a file.
 */
export function wordWith(lookup: (key: MessageKey, subs: string[]) => string, value: Text): string {
  const subs = (value.subs ?? []).map((s) =>
    typeof s === 'object' ? wordWith(lookup, s) : String(s),
  );
  return lookup(value.key, subs);
}

/** A lookup over a parsed `messages.json`; a missing key words as the key itself. */
export function catalogLookup(catalog: Catalog): (key: MessageKey, subs: string[]) => string {
  return (key, subs) => {
    const entry = catalog[key];
    return entry ? fillMessage(entry.message, subs) : key;
  };
}
