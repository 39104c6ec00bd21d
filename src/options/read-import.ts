/**
 * Turns a chosen file into what the store can preview: JSON parse errors become one plain
 * message, and the store's validation names each bad field. Nothing is written here.
 */
import type { ImportPreview, Store } from '../shared/store';
import { t } from '../ui/i18n';

export type ReadImport =
  | { ok: true; json: unknown; preview: Extract<ImportPreview, { ok: true }> }
  | { ok: false; errors: string[] };

/** Larger than any real export; a bigger file is not ours and would freeze the page. */
const MAX_BYTES = 50 * 1024 * 1024;

export async function readImport(
  file: Pick<File, 'size' | 'text'>,
  store: Pick<Store, 'previewImport'>,
): Promise<ReadImport> {
  if (file.size > MAX_BYTES) return { ok: false, errors: [t('importTooBig')] };
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [t('importNotJson', [detail])] };
  }
  const preview = store.previewImport(json);
  return preview.ok ? { ok: true, json, preview } : { ok: false, errors: preview.errors };
}

/** `follow-through-2026-04-07.json`, by the user's calendar. */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `follow-through-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}
