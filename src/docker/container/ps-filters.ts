// `docker ps --filter` as the engine applies it (moby v28.2.2 daemon/list.go foldFilter and
// includeContainerInList, api/types/filters Args.Match/MatchKVList): id and name are regular
// expressions, label must all match, status values are validated and imply --all.

import { parseImageRef } from '../../cluster/index.js';
import type { Filters } from '../cli/index.js';
import { DaemonError } from '../daemon.js';
// Args.Match through the shared, backtracking-safe Go regexp (src/docker/go-regexp.ts).
import { invalidFilter, labelMatches, match } from '../filters.js';
import type { ContainerSummary } from './summary.js';

const ACCEPTED = ['ancestor', 'before', 'exited', 'id', 'isolation', 'label', 'name', 'status', 'health', 'since', 'volume', 'network', 'is-task', 'publish', 'expose'];
const STATES = ['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead'];

function ancestorMatches(c: ContainerSummary, value: string): boolean {
  const want = parseImageRef(value);
  const have = parseImageRef(c.image);
  if (!want || !have) return c.id.startsWith(value);
  return want.repository === have.repository && want.tag === have.tag;
}

/** PsFilterResult is the filtered list and whether the filters imply --all. */
export interface PsFilterResult {
  all: boolean;
  /** test checks one container; byRef resolves before/since references (throwing when unknown). */
  test: (c: ContainerSummary, byRef: (ref: string) => ContainerSummary) => boolean;
}

/** psFilters validates the filters and returns their predicate, or throws the daemon's error. */
export function psFilters(filters: Filters): PsFilterResult {
  for (const key of filters.keys()) if (!ACCEPTED.includes(key)) throw invalidFilter(key);
  const status = filters.get('status') ?? [];
  for (const s of status) {
    if (!STATES.includes(s)) {
      throw new DaemonError(`invalid filter 'status=${s}': invalid value for state (${s}): must be one of ${STATES.join(', ')}`);
    }
  }
  for (const code of filters.get('exited') ?? []) {
    if (!/^-?\d+$/.test(code)) throw new DaemonError(`invalid filter 'exited=${code}'`);
  }
  const isTask = filters.get('is-task');
  return {
    all: status.length > 0,
    test: (c, byRef) => {
      const get = (key: string): readonly string[] | undefined => filters.get(key);
      if (!match(get('name'), c.name) && !match(get('name'), `/${c.name}`)) return false;
      if (!match(get('id'), c.id) || !match(get('status'), c.state)) return false;
      if (!(get('label') ?? []).every((v) => labelMatches(c.labels, v))) return false;
      if (isTask && !isTask.includes('true') && !isTask.includes('1')) return false;
      const exited = get('exited');
      if (exited && !(c.state === 'exited' && exited.map(Number).includes(c.exitCode ?? -1))) return false;
      const ancestors = get('ancestor');
      if (ancestors && !ancestors.some((a) => ancestorMatches(c, a))) return false;
      const networks = get('network');
      if (networks && !networks.some((n) => c.networks.includes(n) || c.networkIds.some((id) => id.startsWith(n)))) return false;
      const expose = get('expose');
      if (expose && !expose.some((p) => c.exposed.includes(p.includes('/') ? p : `${p}/tcp`))) return false;
      // Task containers have no volumes, no host-published ports and no health check.
      if (get('volume') || get('publish')) return false;
      if (get('health') && !get('health')?.includes('none')) return false;
      if (!(get('before') ?? []).every((ref) => c.createdMs < byRef(ref).createdMs)) return false;
      return (get('since') ?? []).every((ref) => c.createdMs > byRef(ref).createdMs);
    },
  };
}
