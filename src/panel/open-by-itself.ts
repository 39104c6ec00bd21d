/**
 * The panel's suggestion to open or stay a tab, from the notes and what the compose shows
 * (`suggestion`). Sent as an `auto` collapse: the content script follows it until the user
 * opens or closes this compose's panel themselves, and never lets it push the panel over a
 * compose (an `auto` panel without room stays a tab).
 */
import { effect, type ReadonlySignal } from '@preact/signals';
import { suggestion } from '../core/layout/open-by-itself';
import type { ComposeState } from '../shared/compose-protocol';
import type { Store } from '../shared/store';
import type { PanelPort } from './panel-port';

export function suggestOpening(
  store: Pick<Store, 'interviews' | 'settings' | 'status'>,
  compose: ReadonlySignal<ComposeState | null>,
  port: Pick<PanelPort, 'post'>,
  now: () => Date = () => new Date(),
): () => void {
  let last: 'open' | 'tab' | null = null;
  return effect(() => {
    const state = compose.value;
    const interviews = store.interviews.value;
    const settings = store.settings.value;
    // Before the notes load every compose would look like ordinary mail: wait for them.
    if (!state || store.status.value.loading) return;
    const next = suggestion(state, interviews, now().toISOString(), settings);
    if (next === null || next === last) return;
    last = next;
    port.post({ type: 'collapse', collapsed: next === 'tab', auto: true });
  });
}
