// Printing a list of tasks for `service ps` and `node ps` (docker/cli v28.2.2
// cli/command/task/print.go Print, generateTaskNames, and cli/command/idresolver): tasks are named
// `<service>.<slot>` (global: `<service>.<node ID>`), sorted by name naturally and newest first,
// and in tables every older task of a slot is indented with ` \_ `. Names and nodes resolve to
// service names and hostnames unless --no-resolve; a removed service shows its ID.

import type { ClusterState, Task } from '../../cluster/index.js';
import { naturalCompare } from '../format/index.js';
import { formatTasks, isTableFormat, taskFormat, type TaskLine } from './formatter.js';

/** PrintOptions are the task-list flags: --no-trunc, --no-resolve, -q and --format. */
export interface PrintOptions {
  trunc: boolean;
  noResolve: boolean;
  quiet: boolean;
  format: string;
}

function serviceName(state: Readonly<ClusterState>, id: string, noResolve: boolean): string {
  if (noResolve) return id;
  return state.services[id]?.spec.name ?? id;
}

function nodeName(state: Readonly<ClusterState>, id: string | undefined, noResolve: boolean): string {
  if (id === undefined || id === '') return '';
  if (noResolve) return id;
  return state.nodes[id]?.hostname ?? id;
}

/** taskName is generateTaskNames for one task. */
export function taskName(state: Readonly<ClusterState>, task: Task, noResolve: boolean): string {
  const service = serviceName(state, task.serviceId, noResolve);
  return `${service}.${task.slot !== 0 ? task.slot : task.nodeId ?? ''}`;
}

/** printTasks returns the text `docker service ps` / `docker node ps` print for these tasks. */
export function printTasks(state: Readonly<ClusterState>, now: number, tasks: readonly Task[], options: PrintOptions): string {
  const named = tasks.map((task) => ({ task, name: taskName(state, task, options.noResolve) }));
  named.sort((a, b) => {
    if (a.name !== b.name) return naturalCompare(a.name, b.name);
    return b.task.createdAt - a.task.createdAt || (a.task.id < b.task.id ? -1 : 1);
  });
  const format = taskFormat(options.format, options.quiet);
  const indent = isTableFormat(format) ? ' \\_ ' : '';
  let previous = '';
  const lines: TaskLine[] = named.map(({ task, name }) => {
    const shown = name === previous ? `${indent}${name}` : name;
    previous = name;
    return { task, name: shown, node: nodeName(state, task.nodeId, options.noResolve) };
  });
  return formatTasks(lines, format, options.trunc, now);
}
