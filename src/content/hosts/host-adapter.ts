import type { ComposeState } from '../../shared/compose-protocol';

/**
 * One adapter per mail family behind one interface (ARCHITECTURE.md §3). Only adapters know the
 * host's DOM, and only through their `*.selectors.ts` file.
 */
export interface HostAdapter {
  readonly family: ComposeState['host'];
  /** Every compose root in the document right now (already open ones included). */
  findComposeRoots(doc: Document): HTMLElement[];
  /**
   * Cheap test for an added node: could it be or contain a compose root? Runs inside the
   * page-wide child-list observer, so it must not walk the tree more than one query.
   */
  mayContainCompose(node: Element): boolean;
  /** True once the compose is gone even if its element lingers (Gmail empties `div.aaZ`). */
  isClosed(root: HTMLElement): boolean;
  /** The element the panel docks beside; usually the root itself. */
  dockTarget(root: HTMLElement): HTMLElement;
  /** Read what the compose shows now; never throws, reports unfound parts in `missing`. */
  readState(root: HTMLElement): ComposeState;
}
