/**
 * When a click on "Insert" counts: the panel must have been plainly visible and in the same
 * place for `STILL_MS` before the pointer went down, and still be so when the click arrives.
 * Browsers hold permission prompts and install dialogs to the same rule so that a page cannot
 * move or reveal a control under a click that was aimed at something else (Chromium's
 * `ui/views/input_event_activation_protector.h` ignores clicks that arrive too soon after a
 * dialog is shown; Firefox holds its add-on and permission prompts for
 * `security.dialog_enable_delay`, 1000 ms).
 */
export const STILL_MS = 500;
/** A press (pointer down) older than this no longer vouches for a click. */
export const PRESS_TTL_MS = 10_000;

/** One look at the panel: where it is, and whether a person could plainly see it there. */
export interface Sample {
  at: number;
  /** Anything that changes when the panel moves or is resized (a rounded box, say). */
  where: string;
  /** Null when nothing painted over or disguised it; else what did, in a few words. */
  problem: string | null;
}

/** Since when the panel has looked the way it looks now. */
export interface Stillness {
  where: string | null;
  problem: string | null;
  since: number;
}

export const START: Stillness = { where: null, problem: 'not shown yet', since: 0 };

/** Fold one sample in: any change of place or of verdict starts the clock again. */
export function observe(state: Stillness, sample: Sample): Stillness {
  if (state.where === sample.where && state.problem === sample.problem) return state;
  return { where: sample.where, problem: sample.problem, since: sample.at };
}

/** Plainly visible and in one place for at least `STILL_MS` at `at`. */
export function isSteady(state: Stillness, at: number): boolean {
  return state.problem === null && state.where !== null && at - state.since >= STILL_MS;
}

/** What the content script remembers of the pointer going down on Insert. */
export interface Press {
  at: number;
  where: string;
  steady: boolean;
}

export function pressOf(state: Stillness, at: number): Press {
  return { at, where: state.where ?? '', steady: isSteady(state, at) };
}

export type Refusal = 'covered' | 'unsteady' | 'no-press';

/**
 * The verdict on an insert request. `pointer`: it came from a pointer click (so a press must
 * have preceded it, steady, at the same place); otherwise from the keyboard, which needs only
 * the panel steady now. `state` must include a sample taken just now.
 */
export function judge(
  state: Stillness,
  press: Press | null,
  pointer: boolean,
  at: number,
): Refusal | null {
  if (state.problem !== null || state.where === null) return 'covered';
  if (!pointer) return isSteady(state, at) ? null : 'unsteady';
  if (!press || at - press.at > PRESS_TTL_MS || at < press.at) return 'no-press';
  if (!press.steady || press.where !== state.where || state.since > press.at) return 'unsteady';
  return null;
}

/**
 * The 2D part of a computed `transform` (`none`, `matrix(a, b, c, d, e, f)` or
 * `matrix3d(…16)`): true when it does more than move the element (scales it down or up,
 * skews, rotates, flips or projects it). Unknown syntax counts as distorting.
 */
export function distorts(transform: string): boolean {
  const value = transform.trim();
  if (value === '' || value === 'none') return false;
  const match = /^matrix(3d)?\(([^)]*)\)$/.exec(value);
  if (!match) return true;
  const n = match[2]!.split(',').map((part) => Number(part.trim()));
  if (n.some((x) => !Number.isFinite(x))) return true;
  const near = (x: number, want: number): boolean => Math.abs(x - want) < 1e-3;
  if (!match[1]) {
    if (n.length !== 6) return true;
    return !(near(n[0]!, 1) && near(n[1]!, 0) && near(n[2]!, 0) && near(n[3]!, 1));
  }
  if (n.length !== 16) return true;
  // Column-major 4×4: anything but the identity outside the translation column distorts.
  const identity = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0];
  return !identity.every((want, i) => near(n[i]!, want)) || !near(n[15]!, 1);
}

/** An individual `scale`, `rotate` or `zoom` value that changes the element's painted size. */
export function resizes(property: 'scale' | 'rotate' | 'zoom', value: string): boolean {
  const v = value.trim();
  if (v === '' || v === 'none' || v === 'normal') return false;
  if (property === 'rotate') return !/^0(deg|rad|turn|grad)?$/.test(v);
  return !v.split(/\s+/).every((part) => Number(part) === 1 || part === '100%');
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
