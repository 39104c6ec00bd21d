import { loadRecord } from './load-record';
import type { Interview, Settings, StoredRecord, Template } from './types';
import { SCHEMA_VERSION } from './types';

export const EXPORT_FORMAT = 'follow-through';
/** More than anyone keeps; stops a huge file from freezing the options page. */
const MAX_RECORDS = 5000;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  interviews: Interview[];
  templates: Template[];
  settings: Settings | null;
}

export interface ExportData {
  interviews: Interview[];
  templates: Template[];
  settings: Settings | null;
}

export function exportData(records: StoredRecord[], now: Date | string = new Date()): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: SCHEMA_VERSION,
    exportedAt: typeof now === 'string' ? now : now.toISOString(),
    interviews: records.filter((r): r is Interview => r.kind === 'interview'),
    templates: records.filter((r): r is Template => r.kind === 'template'),
    settings: records.find((r): r is Settings => r.kind === 'settings') ?? null,
  };
}

export type ImportResult = { ok: true; data: ExportData } | { ok: false; errors: string[] };

/**
 * Validates a parsed export file with the stored-data schema (older versions are migrated
 * first). All-or-nothing: one bad record rejects the file, and every error names its field.
 */
export function parseImport(json: unknown): ImportResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, errors: ['file: not a Follow-Through export (expected an object)'] };
  }
  const file = json as Record<string, unknown>;
  const errors: string[] = [];
  if (file.format !== EXPORT_FORMAT) errors.push(`format: must be "${EXPORT_FORMAT}"`);
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    errors.push('version: must be a whole number');
  } else if (version > SCHEMA_VERSION) {
    errors.push(`version: ${version} comes from a newer Follow-Through; update to import it`);
  }
  if (errors.length) return { ok: false, errors };

  const list = <T extends StoredRecord>(key: string, kind: T['kind']): T[] => {
    const value = file[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      errors.push(`${key}: must be a list`);
      return [];
    }
    if (value.length > MAX_RECORDS) {
      errors.push(`${key}: must have at most ${MAX_RECORDS} items`);
      return [];
    }
    const out: T[] = [];
    value.forEach((item, i) => {
      const r = loadRecord(withKind(item, kind, version as number), `${key}[${i}]`);
      if (!r.ok) errors.push(...r.errors);
      else if (r.value.kind !== kind) errors.push(`${key}[${i}].kind: must be "${kind}"`);
      else out.push(r.value as T);
    });
    return out;
  };

  const interviews = list<Interview>('interviews', 'interview');
  const templates = list<Template>('templates', 'template');
  let settings: Settings | null = null;
  if (file.settings !== undefined && file.settings !== null) {
    const r = loadRecord(withKind(file.settings, 'settings', version as number), 'settings');
    if (!r.ok) errors.push(...r.errors);
    else if (r.value.kind !== 'settings') errors.push('settings.kind: must be "settings"');
    else settings = r.value;
  }
  for (const [key, items] of [
    ['interviews', interviews],
    ['templates', templates],
  ] as const) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) errors.push(`${key}[${i}].id: duplicate id ${item.id}`);
      seen.add(item.id);
    });
  }
  return errors.length
    ? { ok: false, errors }
    : { ok: true, data: { interviews, templates, settings } };
}

// Records in a file inherit the file's version when they don't state one, and the list
// they sit in tells their kind (so a hand-written file may omit both).
function withKind(item: unknown, kind: string, version: number): unknown {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
  const r = item as Record<string, unknown>;
  return { ...r, kind: r.kind ?? kind, schemaVersion: r.schemaVersion ?? version };
}

/**
 * `replace`: the file's data wins entirely. `merge`: records are matched by id; the one
 * changed last wins (existing wins ties, so re-importing an old export changes nothing);
 * settings are kept unless the file has newer ones. Revisions are never lowered, so the
 * writer's revision check keeps working after an import.
 */
export function mergeImport(
  existing: ExportData,
  incoming: ExportData,
  mode: 'merge' | 'replace',
): ExportData {
  if (mode === 'replace') {
    return {
      interviews: incoming.interviews.map((r) => bumpOver(r, findById(existing.interviews, r.id))),
      templates: incoming.templates.map((r) => bumpOver(r, findById(existing.templates, r.id))),
      settings: incoming.settings
        ? bumpOver(incoming.settings, existing.settings ?? undefined)
        : existing.settings,
    };
  }
  return {
    interviews: mergeById(existing.interviews, incoming.interviews),
    templates: mergeById(existing.templates, incoming.templates),
    settings:
      incoming.settings && (!existing.settings || newer(incoming.settings, existing.settings))
        ? bumpOver(incoming.settings, existing.settings ?? undefined)
        : existing.settings,
  };
}

function findById<T extends { id: string }>(items: T[], id: string): T | undefined {
  return items.find((r) => r.id === id);
}

function newer(a: { updatedAt: string }, b: { updatedAt: string }): boolean {
  return Date.parse(a.updatedAt) > Date.parse(b.updatedAt);
}

function bumpOver<T extends { rev: number }>(incoming: T, current: T | undefined): T {
  return current && current.rev >= incoming.rev ? { ...incoming, rev: current.rev + 1 } : incoming;
}

function mergeById<T extends { id: string; rev: number; updatedAt: string }>(
  existing: T[],
  incoming: T[],
): T[] {
  const out = [...existing];
  for (const record of incoming) {
    const i = out.findIndex((r) => r.id === record.id);
    const current = out[i];
    if (i === -1 || current === undefined) out.push(record);
    else if (newer(record, current)) out[i] = bumpOver(record, current);
  }
  return out;
}
