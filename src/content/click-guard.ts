import {
  START,
  isSteady,
  judge,
  observe,
  pressOf,
  type Press,
  type Refusal,
  type Stillness,
} from '../core/guard/still-click';
import type { DockedPanel } from './frame-host';

/** How often an expanded panel is looked at; a change is seen at most this late. */
const SAMPLE_MS = 100;

export interface ClickGuard {
  /** A trusted pointer went down on Insert (told by the panel). */
  press(): void;
  /** Whether a click would count now, as last told to `onReady`. */
  readonly ready: boolean;
  /** Null when an insert request may go ahead now; else why not. */
  judge(pointer: boolean): Refusal | null;
}

/**
 * Watches one docked panel for the still-and-visible rule (src/core/guard/still-click.ts):
 * samples it while it is expanded, and takes a fresh sample for every press and insert, so a
 * change between two samples is never missed at the moment that matters. `onReady` hears when
 * the verdict "a click would count now" changes.
 */
export function guardClicks(
  panel: DockedPanel,
  signal: AbortSignal,
  onReady: (ready: boolean) => void,
): ClickGuard {
  let state: Stillness = START;
  let press: Press | null = null;
  let ready = false;

  /**
   * Tells `onReady` as soon as any look changes the verdict, not at the next tick: a press or
   * insert that finds the panel moved is then followed by "not ready" before its refusal is
   * answered, so the panel never shows Insert ready after a refusal that said it had just moved.
   */
  const tell = (at: number): void => {
    const now = isSteady(state, at);
    if (now === ready) return;
    ready = now;
    onReady(ready);
  };
  /** `deep`: the thorough look, for the moments a click is judged. */
  const look = (deep = false): number => {
    const sample = panel.sample(deep);
    state = observe(state, sample);
    tell(sample.at);
    return sample.at;
  };
  const tick = (): void => {
    if (document.hidden || panel.layout.collapsed) {
      // A hidden tab or a folded tab shows no Insert: the clock starts again when it is back.
      state = START;
      tell(performance.now());
    } else {
      look();
    }
  };
  const timer = setInterval(tick, SAMPLE_MS);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });

  return {
    get ready() {
      return ready;
    },
    press() {
      press = pressOf(state, look(true));
    },
    judge(pointer) {
      const at = look(true);
      const verdict = judge(state, press, pointer, at);
      press = null;
      return verdict;
    },
  };
}
