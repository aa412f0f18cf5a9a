// Reads a stopped server's database directly: for every team, replaying the whole event log from
// nothing must give the same cluster as the newest snapshot plus the events after it (what a
// restart loads). Both are pure functions of the log, so any difference is a replay bug.

import { join } from 'node:path';
import { emptyCluster, evolve, type ClusterEvent, type ClusterState } from '../../../../src/cluster/index.js';
import { openStore } from '../../../../src/store/index.js';

/** ReplayReport is one team's replay: events, where the snapshot was, and the two states. */
export interface ReplayReport {
  team: string;
  events: number;
  snapshotSeq: number | undefined;
  fromScratch: ClusterState;
  fromSnapshot: ClusterState;
}

/** replayTeams opens the data directory read-only and replays every team both ways. */
export function replayTeams(dir: string): ReplayReport[] {
  const store = openStore({ dir: join(dir, 'data'), readonly: true });
  try {
    return store.events.streams().map((team) => {
      const fromScratch = emptyCluster();
      let events = 0;
      for (const e of store.events.read(team, 0)) {
        evolve(fromScratch, { type: e.type, data: e.data } as ClusterEvent);
        events++;
      }
      const snapshot = store.snapshots.latest(team);
      const fromSnapshot = snapshot ? (structuredClone(snapshot.state) as ClusterState) : emptyCluster();
      for (const e of store.events.read(team, fromSnapshot.seq)) evolve(fromSnapshot, { type: e.type, data: e.data } as ClusterEvent);
      return { team, events, snapshotSeq: snapshot?.seq, fromScratch, fromSnapshot };
    });
  } finally {
    store.close();
  }
}
