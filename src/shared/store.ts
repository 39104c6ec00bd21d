/**
 * The store every extension page (popup, options, panel) reads and writes through:
 * storage-backed `ReadonlySignal`s that change only through the
 * actions below. It reads `storage.local` once, then follows `storage.onChanged`, so a change
 * made in one surface shows in all of them. Writes are optimistic: the signals change at
 * once, the background (the single writer) stores the change, and its reply or the change
 * event reconciles.
 *
 * Nothing is lost when storage fails: the write queue (store-queue.ts) keeps the change in
 * memory and in the page's stash, retries it with back-off until it lands, and `status.error`
 * says what happened in plain words (store-text.ts). The edits themselves are pure functions
 * in core/model/record-edits.ts.
 */
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import { defaultSettings } from '../core/model/defaults';
import {
  exportData,
  parseImport,
  type ExportData,
  type ExportFile,
} from '../core/model/export-file';
import { isFromNewerVersion } from '../core/model/migrations';
import {
  EditError,
  recordSent,
  setOutcome,
  sortInterviews,
  templateList,
  templateRemoval,
} from '../core/model/record-edits';
import { validateRecord } from '../core/model/schema';
import type {
  Interview,
  InterviewOutcome,
  SentNote,
  Settings,
  StoredRecord,
  Template,
} from '../core/model/types';
import { BUILT_IN_TEMPLATES, builtInTemplates } from '../core/templates/built-in-templates';
import browser from './browser';
import { MessageError, sendToBackground } from './messages';
import {
  SETTINGS_KEY,
  interviewKey,
  isCorruptKey,
  keyOf,
  recordKindOf,
  templateKey,
} from './store-keys';
import { createWriteQueue, type Write } from './store-queue';
import { loadStored } from './store-records';
import { createStash, defaultStashStorage, type StashStorage } from './store-stash';
import {
  corruptNotice,
  deleteAllFailureText,
  editErrorText,
  importFailureText,
  invalidChangeText,
  loadFailureText,
  newerNotice,
  writeFailureText,
} from './store-text';

type Browser = typeof browser;

export interface StoreStatus {
  loading: boolean;
  error: string | null;
  pendingWrites: number;
}

export type ImportPreview =
  | { ok: true; counts: { interviews: number; templates: number }; data: ExportData }
  | { ok: false; errors: string[] };

export interface Store {
  /** Most recent first (by `when`). */
  readonly interviews: ReadonlySignal<Interview[]>;
  /** Built-ins (shipped text, or the user's saved edit of it), then the user's own by name. */
  readonly templates: ReadonlySignal<Template[]>;
  /** Defaults until loaded. */
  readonly settings: ReadonlySignal<Settings>;
  readonly status: ReadonlySignal<StoreStatus>;
  /** `corrupt:…` keys: records that could not be read, kept aside rather than dropped. */
  readonly setAside: ReadonlySignal<string[]>;
  /** Resolves once storage was read (also when reading failed: see `status.error`). */
  ready: Promise<void>;
  /**
   * Stores `next`; its `rev` names the version the edit started from, and a concurrent
   * change is merged in. Like every write, resolves once stored or safely queued for retry
   * (then `status.error` says why); rejects only when the record itself is invalid.
   */
  saveInterview(next: Interview): Promise<void>;
  updateInterview(id: string, change: (current: Interview) => Interview): Promise<void>;
  deleteInterview(id: string): Promise<void>;
  /** Appends to the interviewer's history; a thank-you or card also sets `thankedAt`. */
  recordSent(interviewId: string, interviewerId: string, note: SentNote): Promise<void>;
  setOutcome(interviewId: string, outcome: InterviewOutcome | undefined): Promise<void>;
  saveTemplate(template: Template): Promise<void>;
  /** A built-in back to its shipped text (its saved edit is removed). */
  resetTemplate(id: string): Promise<void>;
  /** Removes a user template; for a built-in (which can't go) this is `resetTemplate`. */
  deleteTemplate(id: string): Promise<void>;
  saveSettings(next: Settings): Promise<void>;
  exportAll(): Promise<ExportFile>;
  previewImport(json: unknown): ImportPreview;
  /** All or nothing: a bad file changes nothing, and each error names its field. */
  importData(
    json: unknown,
    mode: 'merge' | 'replace',
  ): Promise<{ ok: true } | { ok: false; errors: string[] }>;
  deleteEverything(): Promise<void>;
  /** Resolves when no write is pending (retries included). */
  flush(): Promise<void>;
  dispose(): void;
}

export interface StoreOptions {
  /** Where unsaved changes wait; defaults to the page's `localStorage`. */
  stash?: StashStorage | null;
  now?: () => Date;
  /** Back-off between retries of a failed write, in ms; the last repeats. */
  retryDelays?: readonly number[];
}

const HISTORY_DEPTH = 8;
const BUILT_IN_IDS: ReadonlySet<string> = new Set(BUILT_IN_TEMPLATES.map((t) => t.id));

export function createStore(api: Browser = browser, options: StoreOptions = {}): Store {
  const now = options.now ?? (() => new Date());
  const stash = createStash(options.stash === undefined ? defaultStashStorage() : options.stash);
  const builtIns = builtInTemplates();

  const confirmed = new Map<string, StoredRecord>();
  const history = new Map<string, StoredRecord[]>();
  const asideKeys = new Set<string>();
  /** Records a newer build wrote: not shown, not touched, still in storage. */
  const newerKeys = new Set<string>();
  let loading = true;
  let loadError: string | null = null;
  let deleteError: string | null = null;
  let corruptCount = 0;
  let disposed = false;

  const interviews = signal<Interview[]>([]);
  const templates = signal<Template[]>(builtIns);
  const settings = signal<Settings>(defaultSettings());
  const status = signal<StoreStatus>({ loading: true, error: null, pendingWrites: 0 });
  const setAside = signal<string[]>([]);

  const remember = (key: string, record: StoredRecord): void => {
    const current = confirmed.get(key);
    // A reply can arrive after the change event of a later write: never step back.
    if (current && current.rev > record.rev) return;
    confirmed.set(key, record);
    const seen = (history.get(key) ?? []).filter((r) => r.rev !== record.rev);
    history.set(key, [record, ...seen].slice(0, HISTORY_DEPTH));
  };

  const transport = async (key: string, write: Write): Promise<void> => {
    if (write.op === 'put') {
      const { record } = await sendToBackground(
        'ui-bg-put',
        { key, base: write.base, next: write.next },
        api,
      );
      remember(key, record);
    } else {
      await sendToBackground('ui-bg-delete', { key }, api);
      confirmed.delete(key);
    }
  };

  const queue = createWriteQueue({
    stash,
    transport,
    onChange: () => publish(),
    now,
    ...(options.retryDelays ? { retryDelays: options.retryDelays } : {}),
  });

  /** What the user should see for `key`: their pending change, else what is stored. */
  const view = (key: string): StoredRecord | undefined => {
    const latest = queue.latest(key);
    if (latest) return latest.op === 'put' ? latest.next : undefined;
    return confirmed.get(key);
  };

  const visible = (): StoredRecord[] => {
    const all: StoredRecord[] = [];
    for (const key of new Set([...confirmed.keys(), ...queue.keys()])) {
      const record = view(key);
      if (record) all.push(record);
    }
    return all;
  };

  const publish = (): void => {
    const all = visible();
    const failure = queue.failure();
    batch(() => {
      interviews.value = sortInterviews(all.filter((r): r is Interview => r.kind === 'interview'));
      templates.value = templateList(
        builtIns,
        all.filter((r): r is Template => r.kind === 'template'),
      );
      settings.value =
        (all.find((r) => r.kind === 'settings') as Settings | undefined) ?? defaultSettings();
      setAside.value = [...asideKeys].sort();
      status.value = {
        loading,
        error:
          deleteError ??
          (failure && writeFailureText(failure)) ??
          loadError ??
          corruptNotice(corruptCount) ??
          newerNotice(newerKeys.size),
        pendingWrites: queue.pendingCount(),
      };
    });
  };

  // --- reading --------------------------------------------------------------------------

  const corruptFound = new Set<string>();
  const reportCorrupt = (keys: string[]): void => {
    corruptCount = keys.length;
    sendToBackground('ui-bg-set-aside', { keys }, api).then(
      ({ setAside: moved }) => {
        moved.forEach((key) => asideKeys.add(key));
        publish();
      },
      (error) => console.warn('[Follow-Through] could not set aside', keys, error),
    );
  };

  const ingest = (key: string, raw: unknown): void => {
    if (isCorruptKey(key)) {
      if (raw === undefined) asideKeys.delete(key);
      else asideKeys.add(key);
      return;
    }
    if (recordKindOf(key) === null) return;
    newerKeys.delete(key);
    if (raw === undefined) {
      confirmed.delete(key);
      return;
    }
    const loaded = loadStored(key, raw);
    if (loaded.ok) remember(key, loaded.value);
    else if (isFromNewerVersion(raw)) {
      confirmed.delete(key);
      newerKeys.add(key);
    } else {
      console.warn('[Follow-Through] unreadable record', key, loaded.errors);
      confirmed.delete(key);
      corruptFound.add(key);
    }
  };

  let buffered: Record<string, { newValue?: unknown }>[] | null = [];
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'local' || disposed) return;
    if (buffered) {
      buffered.push(changes);
      return;
    }
    for (const [key, change] of Object.entries(changes)) ingest(key, change.newValue);
    flushCorrupt();
    publish();
  };
  const flushCorrupt = (): void => {
    if (!corruptFound.size) return;
    const keys = [...corruptFound];
    corruptFound.clear();
    reportCorrupt(keys);
  };

  // --- writing --------------------------------------------------------------------------

  const validated = <T extends StoredRecord>(record: T): T => {
    const result = validateRecord(record);
    if (!result.ok) throw new Error(invalidChangeText(result.errors));
    return result.value as T;
  };

  /** The version the edit named by `rev` started from, if this page still knows it. */
  const baseFor = (key: string, rev: number, fallback?: StoredRecord): StoredRecord | null => {
    const current = view(key);
    if (current?.rev === rev) return current;
    return (
      history.get(key)?.find((r) => r.rev === rev) ?? (fallback?.rev === rev ? fallback : null)
    );
  };

  /** Runs now once loaded (so the optimistic change shows in the same tick), else after. */
  const whenReady = <T>(action: () => Promise<T>): Promise<T> =>
    (loading ? ready.then(action) : action()).catch((error: unknown) => {
      throw editErrorText(error);
    });

  const put = async (record: StoredRecord, base: StoredRecord | null): Promise<void> => {
    const next = validated(record);
    await queue.enqueue(keyOf(next), { op: 'put', base, next });
  };

  const updateInterview = (id: string, change: (current: Interview) => Interview): Promise<void> =>
    whenReady(async () => {
      const current = view(interviewKey(id));
      if (!current || current.kind !== 'interview') throw new EditError('storeNoInterview', id);
      await put(change(structuredClone(current)), current);
    });

  const removeTemplate = (id: string, reset: boolean): Promise<void> =>
    whenReady(async () => {
      const key = templateKey(id);
      const hasSaved = confirmed.has(key) || queue.latest(key) !== undefined;
      if (templateRemoval(id, BUILT_IN_IDS, hasSaved, reset) === 'delete') {
        await queue.enqueue(key, { op: 'delete' });
      }
    });

  // --- loading --------------------------------------------------------------------------

  api.storage.onChanged.addListener(onChanged);
  const ready = (async () => {
    try {
      const all = await api.storage.local.get(null);
      for (const [key, raw] of Object.entries(all)) ingest(key, raw);
    } catch (error) {
      console.warn('[Follow-Through] could not read storage', error);
      loadError = loadFailureText();
    }
    for (const changes of buffered ?? []) {
      for (const [key, change] of Object.entries(changes)) ingest(key, change.newValue);
    }
    buffered = null;
    loading = false;
    flushCorrupt();
    queue.restoreStashed();
    publish();
  })();

  const pendingCount = computed(() => status.value.pendingWrites);

  return {
    interviews,
    templates,
    settings,
    status,
    setAside,
    ready,

    saveInterview: (next) =>
      whenReady(async () => {
        await put(next, baseFor(interviewKey(next.id), next.rev));
      }),
    updateInterview,
    deleteInterview: (id) =>
      whenReady(async () => {
        await queue.enqueue(interviewKey(id), { op: 'delete' });
      }),
    recordSent: (interviewId, interviewerId, note) =>
      updateInterview(interviewId, (interview) => recordSent(interview, interviewerId, note)),
    setOutcome: (interviewId, outcome) =>
      updateInterview(interviewId, (interview) => setOutcome(interview, outcome)),

    saveTemplate: (template) =>
      whenReady(async () => {
        const key = templateKey(template.id);
        const shipped = builtIns.find((t) => t.id === template.id);
        await put(template, baseFor(key, template.rev, shipped));
      }),
    resetTemplate: (id) => removeTemplate(id, true),
    deleteTemplate: (id) => removeTemplate(id, false),
    saveSettings: (next) =>
      whenReady(async () => {
        await put(next, baseFor(SETTINGS_KEY, next.rev, defaultSettings()));
      }),

    exportAll: () => whenReady(async () => exportData(visible(), now())),
    previewImport(json) {
      const parsed = parseImport(json);
      if (!parsed.ok) return parsed;
      const { data } = parsed;
      return {
        ok: true,
        counts: { interviews: data.interviews.length, templates: data.templates.length },
        data,
      };
    },
    importData: (json, mode) =>
      whenReady(async () => {
        const parsed = parseImport(json);
        if (!parsed.ok) return parsed;
        try {
          await sendToBackground('ui-bg-import', { data: parsed.data, mode }, api);
          return { ok: true };
        } catch (error) {
          if (error instanceof MessageError && error.errors.length)
            return { ok: false, errors: error.errors };
          return { ok: false, errors: [importFailureText(error)] };
        }
      }),
    deleteEverything: () =>
      whenReady(async () => {
        try {
          await sendToBackground('ui-bg-delete-everything', { confirm: 'delete-everything' }, api);
        } catch (error) {
          deleteError = deleteAllFailureText();
          publish();
          throw error;
        }
        // Only now: had deleting failed, the pending changes would still be wanted.
        confirmed.clear();
        history.clear();
        asideKeys.clear();
        deleteError = null;
        corruptCount = 0;
        queue.clear();
      }),
    flush: () =>
      new Promise<void>((resolve) => {
        if (pendingCount.value === 0) {
          resolve();
          return;
        }
        const stop = pendingCount.subscribe((count) => {
          if (count === 0) {
            queueMicrotask(() => stop());
            resolve();
          }
        });
      }),
    dispose() {
      disposed = true;
      api.storage.onChanged.removeListener(onChanged);
      queue.dispose();
    },
  };
}
