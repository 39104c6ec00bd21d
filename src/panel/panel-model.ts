/**
 * The panel's state and actions: read-only signals that change
 * only through the actions below, built by a factory from a store and a port so tests build
 * their own with a fake port. Holds the compose state, the pick, the template and its filled
 * draft, the latest check report, and the insert/copy/send outcomes.
 */
import { batch, computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Interview, Interviewer, Template, TemplateKind } from '../core/model/types';
import { markAnswered } from '../core/model/answered-marks';
import type { FilledTemplate } from '../core/templates/fill-template';
import {
  INSERT_LIMITS,
  type ComposeState,
  type ContentToPanel,
  type InsertFailure,
  type InsertWarning,
} from '../shared/compose-protocol';
import type { Store } from '../shared/store';
import {
  defaultKind,
  explainMissing,
  fillFor,
  followUpDueAt,
  noteKindOf,
  templatesOfKind,
} from './fill-draft';
import {
  checksLoaded as checksLoadedNow,
  checksReady,
  concernModelLoaded,
  concernModelReady,
  runChecks,
  viewReport,
} from './live-checks';
import { withUserCalls, type PanelReport } from './concern-view';
import type { PanelPort } from './panel-port';
import { autoPick, findPick, pickGroups, type Pick, type PickGroup } from './pick-interviewer';
import { t, uiLocale, type MessageKey } from '../ui/i18n';

/** The content script sends codes (it carries no sentences); the panel words them. */
const FAILURE: Record<InsertFailure, MessageKey> = {
  'too-long': 'insertFail_too_long',
  covered: 'insertFail_covered',
  unsteady: 'insertFail_unsteady',
  'no-press': 'insertFail_no_press',
  minimised: 'insertFail_minimised',
  'no-body': 'insertFail_no_body',
  'not-taken': 'insertFail_not_taken',
  error: 'insertFail_error',
};

const WARNING: Record<InsertWarning, MessageKey> = {
  subject: 'insertWarn_subject',
  'to-gmail': 'insertWarn_to_gmail',
  'to-outlook': 'insertWarn_to_outlook',
};

export type Connection =
  { state: 'connecting' } | { state: 'connected' } | { state: 'lost'; reason: string };

export type InsertStatus =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'inserted'; warnings: string[] }
  | { state: 'failed'; reason: string }
  | { state: 'refused'; reason: string };

export type CopyStatus =
  | { state: 'idle' }
  | { state: 'copied' }
  /** The clipboard refused: the panel shows the text selected for Ctrl+C. */
  | { state: 'manual' };

export type SendStatus =
  | { state: 'idle' }
  | { state: 'recorded'; name: string }
  | { state: 'failed'; reason: string }
  | { state: 'unpicked' };

export interface Draft {
  template: Template;
  filled: FilledTemplate;
  /** "first topic — add a topic to Gloria's notes", one per field left empty. */
  notFilled: string[];
  /** Changes whenever what the preview shows changes; insert needs the shown one. */
  key: string;
}

/** The parts of a user action the model trusts; a DOM event fits. */
export interface UserEvent {
  readonly isTrusted: boolean;
  /** A click's count: 0 when the keyboard activated the button, 1 or more from a pointer. */
  readonly detail?: number;
}

export interface PanelModelOptions {
  now?: () => Date;
  /** Whether the panel page is on screen; the content script also checks the iframe itself. */
  isVisible?: () => boolean;
  copyText?: (text: string) => Promise<void>;
  openOptions?: () => Promise<void>;
}

export interface PanelModel {
  readonly connection: ReadonlySignal<Connection>;
  readonly compose: ReadonlySignal<ComposeState | null>;
  readonly loading: ReadonlySignal<boolean>;
  readonly storeError: ReadonlySignal<string | null>;
  readonly hasInterviews: ReadonlySignal<boolean>;
  readonly groups: ReadonlySignal<PickGroup[]>;
  readonly pick: ReadonlySignal<Pick | null>;
  /** True when the pick came from the To field rather than the user. */
  readonly autoPicked: ReadonlySignal<boolean>;
  readonly picked: ReadonlySignal<{ interview: Interview; interviewer: Interviewer } | null>;
  /** Open when nothing is picked yet, or the user asked to change the pick. */
  readonly choosing: ReadonlySignal<boolean>;
  readonly kind: ReadonlySignal<TemplateKind>;
  /** ISO instant a follow-up became due for the picked interviewer, else null. */
  readonly followUpDue: ReadonlySignal<string | null>;
  readonly templateOptions: ReadonlySignal<Template[]>;
  readonly draft: ReadonlySignal<Draft | null>;
  readonly insertStatus: ReadonlySignal<InsertStatus>;
  /**
   * The content script says the panel has been still and plainly visible long enough for a
   * click on Insert to count.
   */
  readonly insertReady: ReadonlySignal<boolean>;
  readonly copyStatus: ReadonlySignal<CopyStatus>;
  readonly sendStatus: ReadonlySignal<SendStatus>;
  /** Set only when what a person would see changed. */
  readonly report: ReadonlySignal<PanelReport | null>;
  /** A plain sentence when the user's call on a concern could not be saved, else null. */
  readonly callError: ReadonlySignal<string | null>;
  /** Compose parts the content script could not find ("body", "subject"…). */
  readonly missingParts: ReadonlySignal<string[]>;
  readonly collapsed: ReadonlySignal<boolean>;
  /** No room beside the compose: expanded, the panel overlaps part of it. */
  readonly cramped: ReadonlySignal<boolean>;
  /** Bumped when the keyboard command moved focus into the panel: focus its first control. */
  readonly focusRequest: ReadonlySignal<number>;
  /** One line for the live region: the check summary, or what to do next. */
  readonly statusLine: ReadonlySignal<string>;

  choose(pick: Pick): void;
  startChoosing(): void;
  cancelChoosing(): void;
  chooseKind(kind: TemplateKind): void;
  chooseTemplate(id: string): void;
  /** The preview with `key` is on screen (null: it left); called by the preview after paint. */
  previewShown(key: string | null): void;
  /** A pointer went down on Insert: the content script notes whether the panel was steady. */
  press(event: UserEvent): void;
  /** Sends the draft to the compose, only for a trusted event on a visible, previewed panel. */
  insert(event: UserEvent): boolean;
  copyDraft(): Promise<void>;
  setCollapsed(collapsed: boolean): void;
  /** Escape: fold the panel and give the compose its focus back. */
  dismiss(): void;
  openOptions(): Promise<void>;
  /**
   * The user's own call on a concern for this draft: true "This answers it", false "Not
   * answered", null "undo my choice" (the checker decides again). Saved with the interview.
   */
  markConcern(concernId: string, answered: boolean | null): Promise<void>;
  dispose(): void;
}

const IDLE = { state: 'idle' } as const;

export function createPanelModel(
  store: Store,
  port: PanelPort,
  options: PanelModelOptions = {},
): PanelModel {
  const now = options.now ?? (() => new Date());
  const isVisible = options.isVisible ?? (() => document.visibilityState === 'visible');

  const connection = signal<Connection>({ state: 'connecting' });
  const compose = signal<ComposeState | null>(null);
  const pick = signal<Pick | null>(null);
  const pickSource = signal<'auto' | 'manual' | null>(null);
  const choosingAsked = signal(false);
  const kindChoice = signal<TemplateKind | null>(null);
  const templateChoice = signal<string | null>(null);
  const shownKey = signal<string | null>(null);
  const insertStatus = signal<InsertStatus>(IDLE);
  const insertReady = signal(false);
  /** A trusted pointer went down on Insert and no click has used it yet. */
  let pressed = false;
  const copyStatus = signal<CopyStatus>(IDLE);
  const sendStatus = signal<SendStatus>(IDLE);
  const report = signal<PanelReport | null>(null);
  const callError = signal<string | null>(null);
  const collapsed = signal(false);
  const cramped = signal(false);
  const focusRequest = signal(0);
  /** Fields the inserted draft left empty; the leftovers check names them until re-picked. */
  const insertedMissing = signal<string[]>([]);

  const loading = computed(() => store.status.value.loading);
  const groups = computed(() => pickGroups(store.interviews.value, uiLocale()));
  const picked = computed(() => findPick(store.interviews.value, pick.value));
  const nowIso = (): string => now().toISOString();

  const followUpDue = computed(() => {
    const p = picked.value;
    return p ? followUpDueAt(p.interview, p.interviewer, nowIso()) : null;
  });
  const kind = computed<TemplateKind>(() => {
    if (kindChoice.value) return kindChoice.value;
    const p = picked.value;
    return p ? defaultKind(p.interview, p.interviewer, nowIso()) : 'email';
  });
  const templateOptions = computed(() => templatesOfKind(store.templates.value, kind.value));
  const template = computed(() => {
    const list = templateOptions.value;
    return list.find((t) => t.id === templateChoice.value) ?? list[0] ?? null;
  });
  const draft = computed<Draft | null>(() => {
    const p = picked.value;
    const t = template.value;
    if (!p || !t) return null;
    const filled = fillFor(t, p.interview, p.interviewer, store.settings.value);
    return {
      template: t,
      filled,
      notFilled: filled.missing.map((field) => explainMissing(field, p.interviewer)),
      key: JSON.stringify([p.interview.id, p.interviewer.id, t.id, filled.subject, filled.body]),
    };
  });

  const resetOutcomes = (): void => {
    insertStatus.value = IDLE;
    copyStatus.value = IDLE;
  };

  const setPick = (next: Pick, source: 'auto' | 'manual'): void => {
    const same =
      pick.value?.interviewId === next.interviewId &&
      pick.value?.interviewerId === next.interviewerId;
    batch(() => {
      pickSource.value = source;
      choosingAsked.value = false;
      if (same) return;
      pick.value = next;
      kindChoice.value = null;
      templateChoice.value = null;
      insertedMissing.value = [];
      resetOutcomes();
    });
  };

  // Auto-pick follows the To field until the user picks by hand: their choice stands.
  const stopAutoPick = effect(() => {
    const state = compose.value;
    const interviews = store.interviews.value;
    if (!state || pickSource.peek() === 'manual') return;
    const found = autoPick(interviews, state.to);
    if (found) setPick(found, 'auto');
  });

  // Live checks: after each compose update (already debounced by the content script), and when
  // the pick, kind or saved notes change. The report signal changes only when its content does.
  const checksLoaded = signal(checksLoadedNow());
  if (!checksLoaded.peek()) void checksReady.then(() => (checksLoaded.value = true));
  // The learned concern model arrives after the checks; its verdicts replace the word lists'.
  const modelLoaded = signal(concernModelLoaded());
  if (!modelLoaded.peek()) void concernModelReady.then(() => (modelLoaded.value = true));
  const stopChecks = effect(() => {
    if (!checksLoaded.value) return;
    void modelLoaded.value;
    const state = compose.value;
    const p = picked.value;
    const k = kind.value;
    const settings = store.settings.value;
    const interviews = store.interviews.value;
    const unfilled = insertedMissing.value;
    if (!state || !p || state.text === null) {
      if (report.peek() !== null) report.value = null;
      return;
    }
    const result = runChecks({
      state,
      interview: p.interview,
      interviewer: p.interviewer,
      kind: noteKindOf(k),
      now: nowIso(),
      interviews,
      settings,
      unfilledFields: unfilled,
    });
    if (!result) return;
    const view = withUserCalls(
      viewReport(result, p.interviewer, settings),
      result.concerns,
      p.interviewer,
      noteKindOf(k),
    );
    if (report.peek()?.fingerprint !== view.fingerprint) report.value = view;
  });

  const onSent = async (message: Extract<ContentToPanel, { type: 'sent' }>): Promise<void> => {
    const p = picked.peek();
    if (!p) {
      sendStatus.value = { state: 'unpicked' };
      return;
    }
    try {
      await store.recordSent(p.interview.id, p.interviewer.id, {
        kind: noteKindOf(kind.peek()),
        at: nowIso(),
        channel: 'email',
        ...(message.subject ? { subject: message.subject } : {}),
        text: message.text,
      });
      sendStatus.value = { state: 'recorded', name: p.interviewer.name };
      port.post({ type: 'sent-recorded' });
    } catch (error) {
      console.warn('[Follow-Through] could not record the sent note', error);
      sendStatus.value = {
        state: 'failed',
        reason: t('panelSentNotRecorded', [p.interviewer.name]),
      };
    }
  };

  const onMessage = (message: ContentToPanel): void => {
    if (connection.peek().state === 'connecting') connection.value = { state: 'connected' };
    switch (message.type) {
      case 'state':
        compose.value = message.state;
        return;
      case 'inserted':
        insertStatus.value = message.ok
          ? { state: 'inserted', warnings: (message.warnings ?? []).map((w) => t(WARNING[w])) }
          : { state: 'failed', reason: t(FAILURE[message.reason] ?? 'insertFail_error') };
        return;
      case 'sent':
        void onSent(message);
        return;
      case 'layout':
        batch(() => {
          collapsed.value = message.collapsed;
          cramped.value = message.cramped;
        });
        return;
      case 'toggle':
        focusRequest.value += 1;
        return;
      case 'guard':
        insertReady.value = message.ready;
        return;
    }
  };

  const stopMessages = port.onMessage(onMessage);
  const stopDisconnect = port.onDisconnect((reason) => {
    connection.value = { state: 'lost', reason };
  });

  function setCollapsed(next: boolean): void {
    collapsed.value = next;
    port.post({ type: 'collapse', collapsed: next });
  }

  const copyText =
    options.copyText ??
    (async (text: string) => {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
    });

  const hasInterviews = computed(() => groups.value.length > 0);
  const statusLine = computed(() => {
    if (report.value) return report.value.summary;
    if (loading.value) return t('statusLoading');
    if (!hasInterviews.value) return t('statusNoInterviews');
    const p = picked.value;
    if (!p) return t('statusPick');
    return t('statusWriting', [p.interviewer.name]);
  });

  return {
    connection,
    compose,
    loading,
    storeError: computed(() => store.status.value.error),
    hasInterviews,
    statusLine,
    groups,
    pick,
    autoPicked: computed(() => pickSource.value === 'auto' && picked.value !== null),
    picked,
    choosing: computed(() => choosingAsked.value || picked.value === null),
    kind,
    followUpDue,
    templateOptions,
    draft,
    insertStatus,
    insertReady,
    copyStatus,
    sendStatus,
    report,
    callError,
    missingParts: computed(() => compose.value?.missing ?? []),
    collapsed,
    cramped,
    focusRequest,

    choose: (next) => setPick(next, 'manual'),
    startChoosing() {
      choosingAsked.value = true;
    },
    cancelChoosing() {
      choosingAsked.value = false;
    },
    chooseKind(next) {
      batch(() => {
        kindChoice.value = next;
        templateChoice.value = null;
        resetOutcomes();
      });
    },
    chooseTemplate(id) {
      batch(() => {
        templateChoice.value = id;
        resetOutcomes();
      });
    },
    previewShown(key) {
      shownKey.value = key;
    },
    press(event) {
      pressed = event.isTrusted;
      if (pressed) port.post({ type: 'press' });
    },
    insert(event) {
      const current = draft.peek();
      // A pointer click counts only when its own pointer-down landed on this same button.
      const pointer = (event.detail ?? 0) > 0;
      const pressedHere = pressed;
      pressed = false;
      // Clickjacking (https://marektoth.com/blog/dom-based-extension-clickjacking/) and page
      // scripts: only a person's own click or key press on a panel they can see, for the exact
      // text they were shown.
      if (
        !event.isTrusted ||
        (pointer && !pressedHere) ||
        !isVisible() ||
        !current ||
        shownKey.peek() !== current.key
      ) {
        insertStatus.value = {
          state: 'refused',
          reason: t('insertRefusedPreview'),
        };
        return false;
      }
      const p = picked.peek()!;
      const { subject, body } = current.filled;
      if (subject.length > INSERT_LIMITS.subject || body.length > INSERT_LIMITS.body) {
        insertStatus.value = {
          state: 'failed',
          reason: t('insertTooLongDraft'),
        };
        return false;
      }
      batch(() => {
        insertStatus.value = { state: 'sending' };
        copyStatus.value = IDLE;
        insertedMissing.value = current.filled.missing;
      });
      port.post({
        type: 'insert',
        subject,
        to: recipientLine(p.interviewer),
        body,
        pointer,
      });
      return true;
    },
    async copyDraft() {
      const current = draft.peek();
      if (!current) return;
      try {
        // The body only: it is what gets pasted into the message; the subject is shown apart.
        await copyText(current.filled.body);
        copyStatus.value = { state: 'copied' };
      } catch {
        copyStatus.value = { state: 'manual' };
      }
    },
    setCollapsed,
    dismiss() {
      setCollapsed(true);
      port.post({ type: 'focus-compose' });
    },
    async openOptions() {
      await (options.openOptions ?? (() => Promise.reject(new Error('no options page'))))();
    },
    async markConcern(concernId, answered) {
      const p = picked.peek();
      if (!p) return;
      const noteKind = noteKindOf(kind.peek());
      callError.value = null;
      try {
        await store.updateInterview(p.interview.id, (current) =>
          markAnswered(current, p.interviewer.id, concernId, noteKind, answered),
        );
      } catch (error) {
        console.warn('[Follow-Through] could not save the call on a concern', error);
        callError.value = t('panelCallFailed');
      }
    },
    dispose() {
      stopAutoPick();
      stopChecks();
      stopMessages();
      stopDisconnect();
    },
  };
}

/**
 * The To line for `insert`: "Name <email>", or the address alone. Characters that would
 * change how the host parses the line are dropped from the name; no address, no To.
 */
export function recipientLine(person: { name: string; email?: string }): string {
  const email = person.email?.trim() ?? '';
  if (!email) return '';
  const name = person.name
    .replace(/[<>",;]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return name ? `${name} <${email}>` : email;
}
