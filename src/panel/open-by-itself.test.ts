import { signal } from '@preact/signals';
import { describe, expect, test } from 'vitest';
import { defaultSettings } from '../core/model/defaults';
import type { Interview } from '../core/model/types';
import type { ComposeState } from '../shared/compose-protocol';
import type { StoreStatus } from '../shared/store';
import { suggestOpening } from './open-by-itself';
import { composeState, fakePort, seedInterviews } from './panel.test-helpers';

function setup() {
  const interviews = seedInterviews();
  const gloria = interviews.flatMap((iv) => iv.interviewers).find((p) => p.email)!;
  const store = {
    interviews: signal<Interview[]>([]),
    settings: signal(defaultSettings(new Date('2026-04-07T00:00:00Z'))),
    status: signal<StoreStatus>({ loading: true, error: null, pendingWrites: 0 }),
  };
  const compose = signal<ComposeState | null>(null);
  const fake = fakePort();
  // Long after every seeded interview: nothing due, so only the To decides.
  const stop = suggestOpening(store, compose, fake.port, () => new Date('2027-01-01T00:00:00Z'));
  const load = () => {
    store.interviews.value = interviews;
    store.status.value = { loading: false, error: null, pendingWrites: 0 };
  };
  return { store, compose, fake, stop, load, gloria };
}

describe('suggestOpening', () => {
  test('waits for the notes, then suggests once per change of mind', () => {
    const { compose, fake, stop, load, gloria } = setup();
    compose.value = composeState({ to: [{ name: gloria.name, email: gloria.email! }] });
    expect(fake.sent).toEqual([]);
    load();
    expect(fake.sent).toEqual([{ type: 'collapse', collapsed: false, auto: true }]);
    // Typing in the body changes the state but not the suggestion: nothing more is sent.
    compose.value = composeState({ to: [{ email: gloria.email! }], text: 'Dear Gloria' });
    expect(fake.sent).toHaveLength(1);
    // The user swaps the recipient for a friend: back to the tab.
    compose.value = composeState({ to: [{ email: 'sam@friends.example' }], text: 'Dear Gloria' });
    expect(fake.sent.at(-1)).toEqual({ type: 'collapse', collapsed: true, auto: true });
    stop();
  });

  test('a reply the user is already writing is left as it is', () => {
    const { compose, fake, stop, load, gloria } = setup();
    load();
    compose.value = composeState({ kind: 'reply', to: [{ email: gloria.email! }], text: 'Hi' });
    expect(fake.sent).toEqual([]);
    stop();
  });
});
