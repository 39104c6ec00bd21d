/**
 * Three-way merge of one stored record, used by the single writer when a write was based on
 * an older revision than the one stored: two surfaces editing the same
 * interview at once must both keep their work.
 *
 * Rules, field by field:
 * - a scalar (or an object treated as one value, like `outcome`) takes mine if I changed it
 *   relative to base, else theirs;
 * - lists of things with ids (interviewers, concerns) are matched by id, lists of values
 *   (topics, history) by value; additions from both sides are kept, an item deleted by one
 *   side and left alone by the other goes, and an item deleted by one side but edited by the
 *   other stays (the edit wins: deleting is easy to redo, retyping is not).
 *
 * With no base (the client no longer knew what its edit started from), nothing counts as
 * deleted: scalars take mine, lists are the union.
 */
import type {
  Concern,
  Interview,
  Interviewer,
  SentNote,
  Settings,
  StoredRecord,
  Template,
} from './types';

type Base<T> = T | null | undefined;

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  // Absent and undefined are the same thing once stored as JSON.
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const key of keys) if (!deepEqual(ra[key], rb[key])) return false;
  return true;
}

/** Mine if I changed it vs base (or there is no base), else theirs. */
export function pick<T>(base: Base<T>, mine: T, theirs: T, hasBase = base != null): T {
  if (!hasBase) return mine;
  return deepEqual(mine, base) ? theirs : mine;
}

type FieldMergers<T> = {
  [K in keyof T]?: (base: T[K] | undefined, mine: T[K], theirs: T[K], hasBase: boolean) => T[K];
};

/** Every field of the union of both sides: a custom merger where given, `pick` otherwise. */
function mergeFields<T extends object>(
  base: Base<T>,
  mine: T,
  theirs: T,
  mergers: FieldMergers<T> = {},
): T {
  const hasBase = base != null;
  const b = (base ?? {}) as Record<string, unknown>;
  const m = mine as Record<string, unknown>;
  const t = theirs as Record<string, unknown>;
  const custom = mergers as Record<
    string,
    (b: unknown, m: unknown, t: unknown, h: boolean) => unknown
  >;
  const out: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(m), ...Object.keys(t)])) {
    const merger = custom[key];
    const value =
      merger && m[key] !== undefined && t[key] !== undefined
        ? merger(b[key], m[key], t[key], hasBase)
        : pick(b[key], m[key], t[key], hasBase);
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}

/**
 * Matches items by `identify`; see the file comment for the rules. Output order is mine,
 * with theirs-only items placed after the item they follow in theirs (and after my own
 * additions there).
 */
export function mergeList<T>(
  base: Base<readonly T[]>,
  mine: readonly T[],
  theirs: readonly T[],
  identify: (item: T) => string,
  mergeItem: (base: T | undefined, mine: T, theirs: T, hasBase: boolean) => T = (_b, m) => m,
): T[] {
  const hasBase = base != null;
  const baseBy = new Map((base ?? []).map((item) => [identify(item), item]));
  const theirsBy = new Map(theirs.map((item) => [identify(item), item]));
  const mineIds = new Set(mine.map(identify));
  const out: { id: string; item: T }[] = [];

  for (const item of mine) {
    const id = identify(item);
    const b = baseBy.get(id);
    const t = theirsBy.get(id);
    if (t !== undefined) out.push({ id, item: mergeItem(b, item, t, hasBase) });
    // They deleted it: it goes only if I left it as it was.
    else if (b === undefined || !deepEqual(item, b)) out.push({ id, item });
  }
  let after = -1;
  for (const item of theirs) {
    const id = identify(item);
    if (mineIds.has(id)) {
      after = out.findIndex((entry) => entry.id === id);
      continue;
    }
    const b = baseBy.get(id);
    // I deleted it: it goes only if they left it as it was.
    if (b !== undefined && deepEqual(item, b)) continue;
    // Past my own additions there, so both sides' new items read mine first, then theirs.
    let at = after + 1;
    while (at < out.length && !theirsBy.has(out[at]!.id)) at += 1;
    out.splice(at, 0, { id, item });
    after = at;
  }
  return out.map((entry) => entry.item);
}

const byId = (item: { id: string }): string => item.id;
const byValue = (item: string): string => item;
/** A sent note has no id: the same kind, time, channel and text is the same note. */
const noteIdentity = (note: SentNote): string =>
  JSON.stringify([note.kind, note.at, note.channel, note.subject ?? '', note.text]);

function mergeConcern(base: Concern | undefined, mine: Concern, theirs: Concern, hasBase: boolean) {
  return mergeFields(hasBase ? base : null, mine, theirs);
}

export function mergeInterviewer(
  base: Interviewer | undefined,
  mine: Interviewer,
  theirs: Interviewer,
  hasBase: boolean,
): Interviewer {
  return mergeFields(hasBase ? base : null, mine, theirs, {
    concerns: (b, m, t, h) => mergeList(h ? b : null, m, t, byId, mergeConcern),
    topics: (b, m, t, h) => mergeList(h ? b : null, m, t, byValue),
    history: (b, m, t, h) =>
      // Oldest first, as the type promises; sort is stable, so equal times keep their order.
      mergeList(h ? b : null, m, t, noteIdentity).sort(
        (x, y) => Date.parse(x.at) - Date.parse(y.at),
      ),
  });
}

export function mergeInterview(
  base: Base<Interview>,
  mine: Interview,
  theirs: Interview,
): Interview {
  return mergeFields(base, mine, theirs, {
    interviewers: (b, m, t, h) => mergeList(h ? b : null, m, t, byId, mergeInterviewer),
  });
}

export function mergeTemplate(base: Base<Template>, mine: Template, theirs: Template): Template {
  return mergeFields(base, mine, theirs);
}

export function mergeSettings(base: Base<Settings>, mine: Settings, theirs: Settings): Settings {
  return mergeFields(base, mine, theirs, {
    // Per rule id: one person tunes one rule while another switches a different one off.
    rules: (b, m, t, h) => mergeFields(h ? b : null, m, t),
    reminders: (b, m, t, h) => mergeFields(h ? b : null, m, t),
  });
}

/**
 * Merges by kind. The result carries theirs' meta (rev, updatedAt, schemaVersion): the
 * writer sets the new revision itself.
 */
export function mergeRecord(
  base: Base<StoredRecord>,
  mine: StoredRecord,
  theirs: StoredRecord,
): StoredRecord {
  const meta = {
    schemaVersion: theirs.schemaVersion,
    rev: theirs.rev,
    updatedAt: theirs.updatedAt,
  };
  const b = base && base.kind === mine.kind ? base : null;
  if (mine.kind === 'interview' && theirs.kind === 'interview') {
    return { ...mergeInterview(b as Base<Interview>, mine, theirs), ...meta };
  }
  if (mine.kind === 'template' && theirs.kind === 'template') {
    return { ...mergeTemplate(b as Base<Template>, mine, theirs), ...meta };
  }
  if (mine.kind === 'settings' && theirs.kind === 'settings') {
    return { ...mergeSettings(b as Base<Settings>, mine, theirs), ...meta };
  }
  // Different kinds under one key cannot happen through the store; mine is the deliberate one.
  return { ...mine, ...meta };
}
