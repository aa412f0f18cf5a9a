// The parts of a service spec that several flags build together, as docker/cli v28.2.2
// cli/command/service/opts.go does: the update and rollback configs (updateConfig,
// rollbackConfig: swarmkit's defaults, then each flag the user set), the restart policy extras,
// the resources (ToResourceRequirements) and the placement (constraints, max replicas per node).
import { DEFAULT_UPDATE_CONFIG, type ResourceAmount, type ServiceSpec, type UpdateConfig } from '../../cluster/index.js';
import type { ParsedFlags } from '../cli/index.js';

const NS_PER_MS = 1_000_000;
const ms = (ns: number): number => ns / NS_PER_MS;

/** configOf applies the `<prefix>-*` flags the user set on top of `base`, or returns base when none was set. */
export function configOf(flags: ParsedFlags, prefix: 'update' | 'rollback', base: UpdateConfig | undefined): UpdateConfig | undefined {
  const names = ['parallelism', 'delay', 'monitor', 'failure-action', 'max-failure-ratio', 'order'].map((n) => `${prefix}-${n}`);
  if (!names.some((n) => flags.changed(n))) return base;
  const config: UpdateConfig = { failureAction: 'pause', order: 'stop-first', maxFailureRatio: 0, ...(base ?? DEFAULT_UPDATE_CONFIG) };
  const set = (name: string): boolean => flags.changed(`${prefix}-${name}`);
  if (set('parallelism')) config.parallelism = flags.number(`${prefix}-parallelism`);
  if (set('delay')) config.delayMs = ms(flags.duration(`${prefix}-delay`));
  if (set('monitor')) config.monitorMs = ms(flags.duration(`${prefix}-monitor`));
  if (set('failure-action')) config.failureAction = flags.string(`${prefix}-failure-action`) as UpdateConfig['failureAction'];
  if (set('max-failure-ratio')) config.maxFailureRatio = flags.number(`${prefix}-max-failure-ratio`);
  if (set('order')) config.order = flags.string(`${prefix}-order`) as UpdateConfig['order'];
  return config;
}

const ZERO: ResourceAmount = { nanoCpus: 0, memoryBytes: 0 };

/** resourcesOf applies --limit-* and --reserve-* to the current resources (only the flags set). */
export function resourcesOf(flags: ParsedFlags, current: ServiceSpec['resources']): ServiceSpec['resources'] {
  const names = ['limit-cpu', 'limit-memory', 'reserve-cpu', 'reserve-memory'];
  if (!names.some((n) => flags.changed(n))) return current;
  const limits = { ...(current?.limits ?? ZERO) };
  const reservations = { ...(current?.reservations ?? ZERO) };
  if (flags.changed('limit-cpu')) limits.nanoCpus = flags.custom<number>('limit-cpu');
  if (flags.changed('limit-memory')) limits.memoryBytes = flags.custom<number>('limit-memory');
  if (flags.changed('reserve-cpu')) reservations.nanoCpus = flags.custom<number>('reserve-cpu');
  if (flags.changed('reserve-memory')) reservations.memoryBytes = flags.custom<number>('reserve-memory');
  return { limits, reservations };
}

/** restartExtras reads --restart-max-attempts and --restart-window into the spec fields they set. */
export function restartExtras(flags: ParsedFlags, spec: ServiceSpec): Pick<ServiceSpec, 'restartMaxAttempts' | 'restartWindowMs'> {
  const attempts = flags.custom<number | undefined>('restart-max-attempts');
  const window = flags.custom<number | undefined>('restart-window');
  return {
    ...(spec.restartMaxAttempts !== undefined && { restartMaxAttempts: spec.restartMaxAttempts }),
    ...(spec.restartWindowMs !== undefined && { restartWindowMs: spec.restartWindowMs }),
    ...(attempts !== undefined && { restartMaxAttempts: attempts }),
    ...(window !== undefined && { restartWindowMs: ms(window) }),
  };
}

/** placementOf builds create's placement: the constraints in order and the max replicas per node. */
export function placementOf(flags: ParsedFlags): ServiceSpec['placement'] {
  const constraints = flags.custom<string[]>('constraint');
  const maxReplicas = flags.number('replicas-max-per-node');
  return constraints.length > 0 || maxReplicas > 0 ? { constraints: [...constraints], maxReplicas } : undefined;
}

/** updatePlacement is updatePlacementConstraints (add, remove, sort) plus --replicas-max-per-node. */
export function updatePlacement(flags: ParsedFlags, current: ServiceSpec['placement']): ServiceSpec['placement'] {
  let placement = current;
  if (flags.changed('constraint-add') || flags.changed('constraint-rm')) {
    const remove = new Set(flags.custom<string[]>('constraint-rm'));
    const all = [...(current?.constraints ?? []), ...flags.custom<string[]>('constraint-add')].filter((c) => !remove.has(c));
    placement = { constraints: all.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), maxReplicas: current?.maxReplicas ?? 0 };
  }
  if (flags.changed('replicas-max-per-node')) placement = { constraints: placement?.constraints ?? [], maxReplicas: flags.number('replicas-max-per-node') };
  return placement && (placement.constraints.length > 0 || placement.maxReplicas > 0) ? placement : undefined;
}
