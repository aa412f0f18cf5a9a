// How `docker service logs` prints one line (docker/cli v28.2.2 cli/command/service/logs.go
// logWriter.Write and taskFormatter.format; moby api/server/httputils/write_log_stream.go):
// the daemon sends `[timestamp ]details message` and, unless --raw, the CLI replaces the details
// with `<service>.<slot>[.<task id>]@<node><padding>    | `, where the padding aligns slots to
// the width of the replica count. --details keeps whatever details remain after the three swarm
// context keys are taken out (none here), followed by a space.

import { hashFraction, type ClusterState, type Task } from '../../cluster/index.js';
import type { LogRecord } from './logs-select.js';

/** LogFormatOptions are the flags that shape each line. */
export interface LogFormatOptions {
  raw: boolean;
  details: boolean;
  timestamps: boolean;
  noTrunc: boolean;
  noTaskIds: boolean;
  noResolve: boolean;
  /** padding is getMaxLength: the digits of the replica count (or of the task's slot), else 1. */
  padding: number;
}

/** rfc3339NanoFixed renders jsonmessage.RFC3339NanoFixed in UTC: always nine fraction digits. */
export function rfc3339NanoFixed(ms: number, salt: string, ordinal = 0): string {
  const iso = new Date(ms).toISOString();
  // Lines written in the same millisecond keep their order: a few microseconds apart.
  const micros = String(Math.floor(hashFraction(salt) * 900_000) + ordinal * 7_919).padStart(6, '0');
  return `${iso.slice(0, 23)}${micros}Z`;
}

function detailsAttrs(task: Task): string {
  const pairs: [string, string][] = [
    ['com.docker.swarm.node.id', task.nodeId ?? ''],
    ['com.docker.swarm.service.id', task.serviceId],
    ['com.docker.swarm.task.id', task.id],
  ];
  return pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join(',');
}

/** logContext is the formatted `<service>.<slot>.<id>@<node><padding>` for one task. */
export function logContext(state: ClusterState, task: Task, options: LogFormatOptions): string {
  const node = task.nodeId === undefined ? undefined : state.nodes[task.nodeId];
  const nodeName = options.noResolve || !node ? task.nodeId ?? '' : node.hostname;
  const service = state.services[task.serviceId];
  const serviceName = options.noResolve || !service ? task.serviceId : service.spec.name;
  let name = `${serviceName}.${task.slot}`;
  if (!options.noTaskIds) name += `.${options.noTrunc ? task.id : task.id.slice(0, 12)}`;
  const pad = Math.max(0, options.padding - String(task.slot).length);
  return `${name}@${nodeName}${' '.repeat(pad)}`;
}

/** formatLogLine is one record as the CLI writes it, with its newline. */
export function formatLogLine(state: ClusterState, record: LogRecord, options: LogFormatOptions): string {
  const { task, line } = record;
  const stamp = options.timestamps ? `${rfc3339NanoFixed(line.at, `${task.id}/${line.at}`, record.ordinal)} ` : '';
  if (options.raw) return `${stamp}${options.details ? `${detailsAttrs(task)} ` : ''}${line.text}\n`;
  return `${stamp}${logContext(state, task, options)}    | ${options.details ? ' ' : ''}${line.text}\n`;
}
