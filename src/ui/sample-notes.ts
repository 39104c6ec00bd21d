/**
 * Adding and removing the sample interviews, for the welcome page and the popup alike. Goes
 * through the store (so the background is the one writer) and touches only records whose id
 * marks them as samples.
 */
import { isSample, sampleNotes } from '../core/model/sample-notes';
import type { Store } from '../shared/store';

type Notes = Pick<Store, 'interviews' | 'saveInterview' | 'deleteInterview'>;

export function hasSamples(store: Pick<Store, 'interviews'>): boolean {
  return store.interviews.value.some(isSample);
}

export async function addSampleNotes(store: Notes, now: Date, timeZone: string): Promise<void> {
  const present = new Set(store.interviews.peek().map((interview) => interview.id));
  for (const interview of sampleNotes(now, timeZone)) {
    if (!present.has(interview.id)) await store.saveInterview(interview);
  }
}

export async function removeSampleNotes(store: Notes): Promise<void> {
  for (const interview of store.interviews.peek().filter(isSample)) {
    await store.deleteInterview(interview.id);
  }
}
