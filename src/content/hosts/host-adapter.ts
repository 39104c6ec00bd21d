import type { ComposeState } from '../../shared/compose-protocol';

/** The editable parts of one compose, found fresh each time (hosts re-render them). */
export interface ComposeParts {
  body: HTMLElement | null;
  /** The subject field, only when the user can type into it (null in inline replies). */
  subject: HTMLInputElement | null;
  /** Where a To address is typed (PeopleKit combobox or classic textarea). */
  toInput: HTMLInputElement | HTMLTextAreaElement | null;
  /** Elements whose descendants change when recipients are added or removed. */
  recipientRows: Element[];
  /**
   * Where a To address is typed when To is an editable well rather than a field (Outlook):
   * the address and a separator, typed there, become a chip.
   */
  toWell?: HTMLElement | null;
}

/**
 * One adapter per mail family behind one interface, so the rest of the content script never
 * asks which host it is on. Only adapters know the
 * host's DOM, and only through their `*.selectors.ts` file.
 */
export interface HostAdapter {
  readonly family: ComposeState['host'];
  /** Every compose root in the document right now (already open ones included). */
  findComposeRoots(doc: Document): HTMLElement[];
  /**
   * A selector for the editor each compose holds. The watcher gives it a 1 ms CSS animation to
   * hear when one is inserted, so it must not match the host's own animated elements.
   */
  readonly editorHint: string;
  /** True once the compose is gone even if its element lingers (Gmail empties `div.aaZ`). */
  isClosed(root: HTMLElement): boolean;
  /** The element the panel docks beside; usually the root itself. */
  dockTarget(root: HTMLElement): HTMLElement;
  /** Read what the compose shows now; never throws, reports unfound parts in `missing`. */
  readState(root: HTMLElement): ComposeState;
  parts(root: HTMLElement): ComposeParts;
  /** The first element in `body` that isn't the user's words (signature, quote), if any. */
  bodyTail(body: HTMLElement): Element | null;
  /**
   * Called once text has gone into `body`, for hosts that need a nudge before they notice it
   * (Gmail saves a draft only after a key event).
   */
  afterInsert?(body: HTMLElement): void;
  /** How many To recipients the compose holds now (to verify a fill). */
  toCount(root: HTMLElement): number;
  /** The compose's own Send control, as its selectors find it; null when not found. */
  sendControl(root: HTMLElement): HTMLElement | null;
  /** Whether `target` (an event target inside `root`) is, or is inside, the Send control. */
  isSendControl(target: Element, root: HTMLElement): boolean;
  /**
   * For an editor with its own undo stack that takes no step on a browser-editing insert:
   * make it record the body as it is now, called right before and right after an insert so
   * one undo takes out exactly the insert.
   */
  markUndoStep?(body: HTMLElement): void;
}
