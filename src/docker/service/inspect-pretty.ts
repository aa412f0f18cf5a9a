// `docker service inspect --pretty`: docker/cli v28.2.2 cli/command/service/formatter.go
// serviceInspectPrettyTemplate rendered for what swarmlab models. Literal tabs stay (no
// tabwriter); the template starts with a newline and each service is followed by one more.
// The daemon inserts defaults, so UpdateConfig and RollbackConfig always show.
import { DEFAULT_UPDATE_CONFIG, humanDuration, type ClusterState, type ResourceAmount, type Service, type UpdateConfig } from '../../cluster/index.js';
import { formatGoDuration } from '../cli/index.js';
import { sortedMap } from '../format/index.js';
import { pinnedImage } from '../image-ref.js';
import { bytesSize } from './resource-opts.js';

const goDuration = (ms: number): string => formatGoDuration(Math.round(ms * 1_000_000));

function policy(title: string, order: string, config: UpdateConfig): string[] {
  return [
    `${title}:`,
    ` Parallelism:\t${config.parallelism}`,
    ...(config.delayMs > 0 ? [` Delay:\t\t${goDuration(config.delayMs)}`] : []),
    ` On failure:\t${config.failureAction ?? 'pause'}`,
    ...(config.monitorMs > 0 ? [` Monitoring Period: ${goDuration(config.monitorMs)}`] : []),
    ` Max failure ratio: ${config.maxFailureRatio ?? 0}`,
    ` ${order}${config.order ?? 'stop-first'}`,
  ];
}

/** placement is the Placement block: constraints as Go prints a []string, then max replicas. */
function placement(spec: Service['spec']): string[] {
  const constraints = spec.placement?.constraints ?? [];
  const max = spec.placement?.maxReplicas ?? 0;
  return [
    'Placement:',
    ...(constraints.length > 0 ? [` Constraints:\t[${constraints.join(' ')}]`] : []),
    ...(max > 0 ? [` Max Replicas Per Node:   ${max}`] : []),
  ];
}

/** resources is the Resources block: the CLI always sends Resources, so the title always shows. */
function resources(spec: Service['spec']): string[] {
  const { limits, reservations } = spec.resources ?? { limits: undefined, reservations: undefined };
  const block = (title: string, r: ResourceAmount | undefined): string[] =>
    !r || (r.nanoCpus <= 0 && r.memoryBytes <= 0) ? [] : [
      title,
      ...(r.nanoCpus > 0 ? [`  CPU:\t\t${r.nanoCpus / 1e9}`] : []),
      ...(r.memoryBytes > 0 ? [`  Memory:\t${bytesSize(r.memoryBytes)}`] : []),
    ];
  return ['Resources:', ...block(' Reservations:', reservations), ...block(' Limits:', limits)];
}

/** ports is the Ports block of Endpoint.Ports; the template leaves a space before its newline. */
function ports(service: Service): string[] {
  const list = service.endpointPorts ?? [];
  if (list.length === 0) return [];
  const rows = list.flatMap((p) => [` PublishedPort = ${p.publishedPort}`, `  Protocol = ${p.protocol}`, `  TargetPort = ${p.targetPort}`, `  PublishMode = ${p.publishMode}`]);
  rows[rows.length - 1] += ' ';
  return ['Ports:', ...rows];
}

function updateStatus(service: Service, now: number): string[] {
  const status = service.updateStatus;
  if (!status) return [];
  return [
    'UpdateStatus:',
    ` State:\t\t${status.state}`,
    ` Started:\t${humanDuration(now - status.startedAt)} ago`,
    ...(status.state === 'completed' && status.completedAt !== undefined ? [` Completed:\t${humanDuration(now - status.completedAt)} ago`] : []),
    ` Message:\t${status.message}`,
  ];
}

/** prettyService renders one service; `now` is the team clock (UpdateStatus times). */
export function prettyService(state: Readonly<ClusterState>, service: Service, now: number): string {
  const { spec } = service;
  const labels = [...sortedMap(spec.labels)].map(([k, v]) => ` ${k}${v ? `=${v}` : ''}`);
  const networks = spec.networks.map((n) => state.networks[n.target]?.name ?? n.target);
  const lines = [
    '',
    `ID:\t\t${service.id}`,
    `Name:\t\t${spec.name}`,
    ...(labels.length > 0 ? ['Labels:', ...labels] : []),
    ...(spec.mode.kind === 'global' ? ['Service Mode:\tGlobal'] : ['Service Mode:\tReplicated', ` Replicas:\t${spec.mode.replicas}`]),
    ...updateStatus(service, now),
    ...placement(spec),
    ...policy('UpdateConfig', 'Update order:      ', spec.updateConfig ?? DEFAULT_UPDATE_CONFIG),
    ...policy('RollbackConfig', 'Rollback order:    ', spec.rollbackConfig ?? DEFAULT_UPDATE_CONFIG),
    'ContainerSpec:',
    ` Image:\t\t${pinnedImage(spec.image)}`,
    ...(spec.args.length > 0 ? [` Args:\t\t${spec.args.map((a) => `${a} `).join('')}`] : []),
    ...(spec.env.length > 0 ? [` Env:\t\t${spec.env.map((e) => `${e} `).join('')}`] : []),
    ' Init:\t\tfalse',
    ...resources(spec),
    ...(networks.length > 0 ? [`Networks:${networks.map((n) => ` ${n}`).join('')} `] : []),
    `Endpoint Mode:\t${spec.endpointMode}`,
    ...ports(service),
  ];
  return `${lines.join('\n')}\n`;
}
