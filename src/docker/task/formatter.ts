// The task table of `service ps` and `node ps` (docker/cli v28.2.2 cli/command/task/formatter.go):
// `table {{.ID}}\t{{.Name}}\t{{.Image}}\t{{.Node}}\t{{.DesiredState}}\t{{.CurrentState}}\t{{.Error}}\t{{.Ports}}`,
// one accessor per column. IDs and errors are truncated and image digests stripped unless
// --no-trunc; CURRENT STATE reads `Running 2 minutes ago` against the team clock.

import { humanDuration, taskHostPorts, type Task } from '../../cluster/index.js';
import { ellipsis, prettyPrint, truncateId } from '../format/index.js';
import { displayImage, pinnedImage } from '../image-ref.js';
import { formatList } from '../list-format.js';
import { taskPortsColumn } from '../service/ports-column.js';

const MAX_ERR_LENGTH = 30;
const DEFAULT_TABLE = 'table {{.ID}}\t{{.Name}}\t{{.Image}}\t{{.Node}}\t{{.DesiredState}}\t{{.CurrentState}}\t{{.Error}}\t{{.Ports}}';
const RAW = 'id: {{.ID}}\\nname: {{.Name}}\\nimage: {{.Image}}\\nnode: {{.Node}}\\ndesired_state: {{.DesiredState}}\\ncurrent_state: {{.CurrentState}}\\nerror: {{.Error}}\\nports: {{.Ports}}\\n';
const HEADERS = {
  ID: 'ID', Name: 'NAME', Image: 'IMAGE', Node: 'NODE', DesiredState: 'DESIRED STATE', CurrentState: 'CURRENT STATE', Error: 'ERROR', Ports: 'PORTS',
};

/** TaskLine is one task with the name and node the printer resolved for it. */
export interface TaskLine {
  task: Task;
  /** name is `<service>.<slot>` (or `.<node ID>`), with ` \_ ` before older tasks of a slot in tables. */
  name: string;
  node: string;
}

/** taskFields returns the template fields of one task row (formatter.go taskContext). */
export function taskFields(line: TaskLine, trunc: boolean, now: number): Record<string, string> {
  const { task } = line;
  const image = pinnedImage(task.spec.image);
  const err = task.status.err ?? '';
  const shownErr = trunc ? ellipsis(err, MAX_ERR_LENGTH) : err;
  return {
    ID: trunc ? truncateId(task.id) : task.id,
    Name: line.name,
    Image: trunc ? displayImage(image) : image,
    Node: line.node,
    DesiredState: prettyPrint(task.desiredState),
    CurrentState: `${prettyPrint(task.status.state)} ${humanDuration(now - task.status.timestamp).toLowerCase()} ago`,
    Error: shownErr === '' ? '' : `"${shownErr}"`,
    // The engine reports PortStatus once the container has started with its host ports bound.
    Ports: task.status.state === 'running' ? taskPortsColumn(taskHostPorts(task)) : '',
  };
}

/** taskFormat is NewTaskFormat: `table` and `raw` keywords, -q, or the user's template. */
export function taskFormat(format: string, quiet: boolean): string {
  if (format === '' || format === 'table') return quiet ? '{{.ID}}' : DEFAULT_TABLE;
  if (format === 'raw') return quiet ? 'id: {{.ID}}' : RAW;
  return format;
}

/** isTableFormat reports whether a format prints a header and indents history rows. */
export function isTableFormat(format: string): boolean {
  return format.startsWith('table');
}

/** formatTasks renders task lines with a resolved format (see taskFormat); a bad template is Context.Write's error. */
export function formatTasks(lines: readonly TaskLine[], format: string, trunc: boolean, now: number): string {
  return formatList(format, lines.map((l) => taskFields(l, trunc, now)), { headers: HEADERS, typeName: '*task.taskContext' });
}
