/**
 * Every edit the popup makes to an interview, as a change function that finds its target by
 * id. Autosave applies these to the record stored at write time, so a concurrent edit made
 * in another page (a different field, another interviewer) is kept.
 */
import { newConcern, newInterviewer } from '../core/model/defaults';
import type { Concern, Interview, Interviewer } from '../core/model/types';
import type { Change } from '../ui/autosave';

type InterviewField = 'company' | 'role' | 'when' | 'format' | 'channel' | 'notes' | 'decisionBy';
type PersonField = 'name' | 'title' | 'email';

export function setInterviewField<K extends InterviewField>(
  field: K,
  value: Interview[K],
): Change<Interview> {
  return (iv) => {
    const next = { ...iv };
    if (value === undefined || value === '') {
      if (field === 'decisionBy') delete next.decisionBy;
      else (next as Record<string, unknown>)[field] = value ?? '';
    } else next[field] = value;
    return next;
  };
}

/** `when` and the zone it was typed in go together, so DST is followed. */
export function setWhen(when: string, timeZone: string | undefined): Change<Interview> {
  return (iv) => {
    const next = { ...iv, when };
    if (timeZone) next.timeZone = timeZone;
    else delete next.timeZone;
    return next;
  };
}

function onPerson(id: string, change: (p: Interviewer) => Interviewer): Change<Interview> {
  return (iv) => ({
    ...iv,
    interviewers: iv.interviewers.map((p) => (p.id === id ? change(p) : p)),
  });
}

export function setPersonField(id: string, field: PersonField, value: string): Change<Interview> {
  return onPerson(id, (p) => ({ ...p, [field]: value }));
}

/** Adds `person` after `afterId` (at the end when absent). */
export function addInterviewer(person: Interviewer = newInterviewer(), afterId?: string) {
  return (iv: Interview): Interview => {
    if (iv.interviewers.some((p) => p.id === person.id)) return iv;
    const list = [...iv.interviewers];
    const at = afterId ? list.findIndex((p) => p.id === afterId) : -1;
    list.splice(at === -1 ? list.length : at + 1, 0, person);
    return { ...iv, interviewers: list };
  };
}

export function removeInterviewer(id: string): Change<Interview> {
  return (iv) => ({ ...iv, interviewers: iv.interviewers.filter((p) => p.id !== id) });
}

export function addConcern(personId: string, concern: Concern = newConcern(), afterId?: string) {
  return onPerson(personId, (p) => {
    if (p.concerns.some((c) => c.id === concern.id)) return p;
    const list = [...p.concerns];
    const at = afterId ? list.findIndex((c) => c.id === afterId) : -1;
    list.splice(at === -1 ? list.length : at + 1, 0, concern);
    return { ...p, concerns: list };
  });
}

export function setConcern(
  personId: string,
  concernId: string,
  field: 'text' | 'answer',
  value: string,
): Change<Interview> {
  return onPerson(personId, (p) => ({
    ...p,
    concerns: p.concerns.map((c) => (c.id === concernId ? { ...c, [field]: value } : c)),
  }));
}

export function removeConcern(personId: string, concernId: string): Change<Interview> {
  return onPerson(personId, (p) => ({
    ...p,
    concerns: p.concerns.filter((c) => c.id !== concernId),
  }));
}

// Topics are plain strings in the model, so they are addressed by position.
export function addTopic(personId: string, at: number): Change<Interview> {
  return onPerson(personId, (p) => {
    const topics = [...p.topics];
    topics.splice(Math.min(at, topics.length), 0, '');
    return { ...p, topics };
  });
}

export function setTopic(personId: string, index: number, value: string): Change<Interview> {
  return onPerson(personId, (p) => ({
    ...p,
    topics: p.topics.map((t, i) => (i === index ? value : t)),
  }));
}

export function removeTopic(personId: string, index: number): Change<Interview> {
  return onPerson(personId, (p) => ({ ...p, topics: p.topics.filter((_, i) => i !== index) }));
}
