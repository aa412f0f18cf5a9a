// `docker service logs [OPTIONS] SERVICE|TASK` (docker/cli v28.2.2 cli/command/service/logs.go;
// moby daemon/cluster/services.go ServiceLogs; swarmkit manager/logbroker): the target is a
// service (ID, name, prefix) or else a task (ID, name, prefix); each container line goes to the
// stream it was written to. Without -f the stream ends with the broker's warning when some nodes
// could not be read (`error from daemon in stream: …`, exit 1); with -f new lines appear as the
// team clock moves, until Ctrl-C (the CLI exits 0 on a cancelled stream).

import { ClusterError, findService, findTask, type ClusterState } from '../../cluster/index.js';
import { exactArgs, type FlagSpec } from '../cli/index.js';
import { CliError, type DockerCommand } from '../command.js';
import { DaemonError, requireManager } from '../daemon.js';
import type { DockerHost } from '../host.js';
import { formatLogLine, type LogFormatOptions } from './logs-format.js';
import { byTime, findTaskByName, followedTasks, recordsOf, selectLogs, type LogQuery, type LogRecord, type LogSelector } from './logs-select.js';
import { parseSince } from './logs-since.js';

const POLL_MS = 200;

const FLAGS: FlagSpec[] = [
  { kind: 'bool', name: 'no-resolve', usage: 'Do not map IDs to Names in output' },
  { kind: 'bool', name: 'no-trunc', usage: 'Do not truncate output' },
  { kind: 'bool', name: 'raw', usage: 'Do not neatly format logs', annotations: { version: ['1.30'] } },
  { kind: 'bool', name: 'no-task-ids', usage: 'Do not include task IDs in output' },
  { kind: 'bool', name: 'follow', shorthand: 'f', usage: 'Follow log output' },
  { kind: 'string', name: 'since', usage: 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' },
  { kind: 'bool', name: 'timestamps', shorthand: 't', usage: 'Show timestamps' },
  { kind: 'bool', name: 'details', usage: 'Show extra details provided to logs', annotations: { version: ['1.30'] } },
  { kind: 'string', name: 'tail', shorthand: 'n', default: 'all', usage: 'Number of lines to show from the end of the logs' },
];

/** resolveTarget is ServiceInspect, then TaskInspect on not-found; padding is getMaxLength. */
function resolveTarget(state: ClusterState, ref: string): { selector: LogSelector; padding: number } {
  try {
    const service = findService(state, ref);
    const replicas = service.spec.mode.kind === 'replicated' ? service.spec.mode.replicas : undefined;
    return { selector: { kind: 'service', serviceId: service.id }, padding: replicas === undefined ? 1 : String(replicas).length };
  } catch (error) {
    if (!(error instanceof ClusterError) || error.kind !== 'not-found') throw error;
  }
  try {
    const task = findTaskByName(state, ref) ?? findTask(state, ref);
    return { selector: { kind: 'task', taskId: task.id }, padding: String(task.slot).length };
  } catch (error) {
    if (error instanceof ClusterError && error.kind === 'not-found') throw new CliError(`no such task or service: ${ref}`);
    throw error;
  }
}

/** parseTail is the daemon's reading of --tail (moby daemon/cluster/services.go). */
function parseTail(value: string): number | undefined {
  if (value === 'all' || value === '') return undefined;
  if (!/^[+-]?\d+$/.test(value)) throw new DaemonError('tail value must be a positive integer or "all"');
  const n = Number(value);
  if (n < 0) throw new DaemonError('negative tail values not supported');
  return n;
}

function write(host: DockerHost, state: ClusterState, records: LogRecord[], options: LogFormatOptions): void {
  for (const r of records) host.io[r.line.stream](formatLogLine(state, r, options));
}

/** follow prints each container line written after the first batch, until Ctrl-C. */
async function follow(host: DockerHost, selector: LogSelector, query: LogQuery, options: LogFormatOptions, seen: Map<string, LogRecord>): Promise<void> {
  const newer = (last: LogRecord | undefined, r: LogRecord): boolean =>
    !last || r.line.at > last.line.at || (r.line.at === last.line.at && r.ordinal > last.ordinal);
  while (await host.io.sleep(POLL_MS)) {
    const state = host.cluster.state() as ClusterState;
    const now = host.cluster.now();
    const fresh: LogRecord[] = [];
    for (const task of followedTasks(state, selector)) {
      const records = recordsOf(task, now, { ...query, tail: undefined }).filter((r) => newer(seen.get(task.id), r));
      const last = records[records.length - 1];
      if (last) seen.set(task.id, last);
      fresh.push(...records);
    }
    write(host, state, byTime(fresh), options);
  }
}

/** serviceLogs is `docker service logs`. */
export const serviceLogs: DockerCommand = {
  name: 'logs',
  use: 'logs [OPTIONS] SERVICE|TASK',
  short: 'Fetch the logs of a service or task',
  args: exactArgs(1),
  annotations: { version: '1.29' },
  flags: FLAGS,
  run: async ({ req, host }) => {
    const f = req.flags;
    const state = host.cluster.state() as ClusterState;
    requireManager(state, host.hostname);
    const { selector, padding } = resolveTarget(state, req.args[0] ?? '');
    const sinceText = f.string('since');
    let sinceMs: number | undefined;
    if (sinceText !== '') {
      const since = parseSince(sinceText, host.cluster.now());
      if (!since.ok) throw new CliError(since.error);
      sinceMs = since.ms;
    }
    const query: LogQuery = { follow: f.bool('follow'), tail: parseTail(f.string('tail')), ...(sinceMs !== undefined && { sinceMs }) };
    const options: LogFormatOptions = {
      raw: f.bool('raw'), details: f.bool('details'), timestamps: f.bool('timestamps'), noTrunc: f.bool('no-trunc'),
      noTaskIds: f.bool('no-task-ids'), noResolve: f.bool('no-resolve'), padding,
    };
    const batch = selectLogs(state, selector, host.cluster.now(), query);
    write(host, state, batch.records, options);
    if (query.follow) {
      // Every line written so far counts as seen, including those --tail left out.
      const seen = new Map<string, LogRecord>();
      for (const task of followedTasks(state, selector)) {
        const all = recordsOf(task, host.cluster.now(), { follow: true });
        const last = all[all.length - 1];
        if (last) seen.set(task.id, last);
      }
      await follow(host, selector, query, options, seen);
      return 0;
    }
    if (batch.warnings.length > 0) {
      const reasons = batch.warnings.join(', ');
      throw new CliError(`error from daemon in stream: Error grabbing logs: rpc error: code = Unknown desc = warning: incomplete log stream. some logs could not be retrieved for the following reasons: ${reasons}\n`);
    }
    return 0;
  },
};
