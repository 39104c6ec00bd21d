/** A fake port and seeded data for the panel's tests. */
import { exampleInterview } from '../core/checks/examples';
import type { Interview } from '../core/model/types';
import type { ComposeState, ContentToPanel, PanelToContent } from '../shared/compose-protocol';
import type { PanelPort } from './panel-port';

export interface FakePort {
  port: PanelPort;
  /** What the panel posted to the content script, in order. */
  sent: PanelToContent[];
  deliver(message: ContentToPanel): void;
  disconnect(reason: string): void;
}

export function fakePort(): FakePort {
  const listeners = new Set<(message: ContentToPanel) => void>();
  const closers = new Set<(reason: string) => void>();
  const sent: PanelToContent[] = [];
  return {
    sent,
    port: {
      post: (message) => void sent.push(structuredClone(message)),
      onMessage(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      onDisconnect(listener) {
        closers.add(listener);
        return () => closers.delete(listener);
      },
    },
    deliver: (message) => listeners.forEach((l) => l(structuredClone(message))),
    disconnect: (reason) => closers.forEach((l) => l(reason)),
  };
}

export function composeState(extra: Partial<ComposeState> = {}): ComposeState {
  return {
    host: 'gmail',
    kind: 'new',
    view: 'window',
    minimized: false,
    to: [],
    cc: [],
    subject: '',
    subjectFillable: true,
    text: '',
    missing: [],
    ...extra,
  };
}

/** Fenwick & Rowe (Gloria, Marcus; 7 Apr) plus an older and a newer interview elsewhere. */
export function seedInterviews(): Interview[] {
  const fenwick = structuredClone(exampleInterview);
  const older: Interview = {
    ...structuredClone(exampleInterview),
    id: 'iv-harbor',
    company: 'Kestrel Outdoor',
    role: 'Assistant Manager',
    when: '2026-03-20T14:00:00-04:00',
    interviewers: [
      {
        id: 'rita',
        name: 'Rita Osei',
        title: 'Store Manager',
        email: 'rita@kestrel.example',
        concerns: [],
        topics: ['visual merchandising'],
        history: [],
        thankedAt: '2026-03-20T21:00:00.000Z',
      },
    ],
  };
  const newer: Interview = {
    ...structuredClone(exampleInterview),
    id: 'iv-lumen',
    company: 'Lumen Books',
    role: 'Shop Lead',
    when: '2026-04-09T09:00:00-04:00',
    decisionBy: undefined,
    interviewers: [
      {
        id: 'sam',
        name: 'Sam Okafor',
        email: 'sam@lumen.example',
        concerns: [],
        topics: [],
        history: [],
      },
    ],
  };
  delete newer.decisionBy;
  return [older, fenwick, newer];
}
