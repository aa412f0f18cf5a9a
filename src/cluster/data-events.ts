// Events of swarm secrets and configs (the "data objects" services hand to their tasks as files).
// Like every event they carry decisions already made: IDs, times, and the data itself, since
// containers read it after a replay.

import type { DataObject } from './model.js';

/** DataKind says which store a data object lives in. */
export type DataKind = 'secret' | 'config';

/** DataEvent is one recorded change to the swarm's secrets or configs. */
export type DataEvent =
  | { type: 'SecretCreated'; data: { object: DataObject } }
  | { type: 'SecretUpdated'; data: { at: number; id: string; labels: Record<string, string> } }
  | { type: 'SecretRemoved'; data: { at: number; id: string } }
  | { type: 'ConfigCreated'; data: { object: DataObject } }
  | { type: 'ConfigUpdated'; data: { at: number; id: string; labels: Record<string, string> } }
  | { type: 'ConfigRemoved'; data: { at: number; id: string } };

const TYPES: ReadonlySet<string> = new Set<DataEvent['type']>([
  'SecretCreated', 'SecretUpdated', 'SecretRemoved', 'ConfigCreated', 'ConfigUpdated', 'ConfigRemoved',
]);

/** isDataEvent narrows an event to a DataEvent. */
export function isDataEvent<E extends { type: string }>(event: E): event is Extract<E, DataEvent> {
  return TYPES.has(event.type);
}

/** dataStore returns the state's record of secrets or configs, creating it in clusters recorded before it existed. */
export function dataStore(state: { secrets?: Record<string, DataObject>; configs?: Record<string, DataObject> }, kind: DataKind): Record<string, DataObject> {
  if (kind === 'secret') return (state.secrets ??= {});
  return (state.configs ??= {});
}

/** evolveData applies one data event to the state in place; like evolve it decides nothing. */
export function evolveData(state: { secrets?: Record<string, DataObject>; configs?: Record<string, DataObject> }, event: DataEvent): void {
  const store = dataStore(state, event.type.startsWith('Secret') ? 'secret' : 'config');
  switch (event.type) {
    case 'SecretCreated':
    case 'ConfigCreated': {
      const object = event.data.object;
      store[object.id] = { ...object, labels: { ...object.labels } };
      return;
    }
    case 'SecretUpdated':
    case 'ConfigUpdated': {
      const object = store[event.data.id];
      if (object) Object.assign(object, { labels: { ...event.data.labels }, updatedAt: event.data.at, version: object.version + 1 });
      return;
    }
    case 'SecretRemoved':
    case 'ConfigRemoved':
      delete store[event.data.id];
      return;
  }
}
