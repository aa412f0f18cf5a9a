// A task's container as the engine lists it (moby v28.2.2 api/types/container Summary, built by
// daemon/list.go and container/state.go): image with the digest swarm pinned, the command the
// process runs, state and the human status, exposed ports, swarm's labels, networks and size.

import { pinnedImage } from '../image-ref.js';
import {
  containerName,
  humanDuration,
  imageInfo,
  isTerminal,
  parseImageRef,
  processOutcome,
  type ClusterState,
  type Task,
} from '../../cluster/index.js';
import { imageSize } from './image-sizes.js';

/** ContainerSummary is one container of `docker ps`. */
export interface ContainerSummary {
  task: Task;
  id: string;
  name: string;
  /** image is the reference as the daemon reports it (`alpine:latest@sha256:…`). */
  image: string;
  command: string;
  createdMs: number;
  state: 'created' | 'running' | 'exited';
  status: string;
  exitCode?: number;
  exposed: string[];
  labels: Record<string, string>;
  /** networks are the names of the container's networks (docker_gwbridge is not one of them). */
  networks: string[];
  networkIds: string[];
  sizeRootFs: number;
}

function commandOf(task: Task): string {
  const ref = parseImageRef(task.spec.image);
  const info = ref ? imageInfo(ref.repository) : undefined;
  return (task.spec.args.length > 0 ? task.spec.args : info?.cmd ?? []).join(' ');
}

function stateOf(task: Task, now: number): Pick<ContainerSummary, 'state' | 'status' | 'exitCode'> {
  if (task.status.state === 'running') {
    return { state: 'running', status: `Up ${humanDuration(now - (task.containerStartedAt ?? task.status.timestamp))}` };
  }
  if (!isTerminal(task.status.state) || task.containerStartedAt === undefined) return { state: 'created', status: 'Created' };
  // A process that ignores SIGTERM is killed at the end of the grace period (128 + 9).
  const stopped = processOutcome(task.spec).stopsOnSigterm ? 0 : 137;
  const exitCode = task.status.exitCode ?? (task.status.state === 'shutdown' ? stopped : 0);
  return { state: 'exited', exitCode, status: `Exited (${exitCode}) ${humanDuration(now - task.status.timestamp)} ago` };
}

/** containerSummary builds the listing of a task's container at time now. */
export function containerSummary(state: Readonly<ClusterState>, task: Task, now: number): ContainerSummary {
  const s = state as ClusterState;
  const service = s.services[task.serviceId];
  const name = containerName(s, task);
  const attached = task.attachments.map((a) => s.networks[a.networkId]).filter((n) => n !== undefined);
  const ref = parseImageRef(task.spec.image);
  return {
    task,
    id: task.containerId,
    name,
    image: pinnedImage(task.spec.image),
    command: commandOf(task),
    createdMs: task.containerCreatedAt ?? task.createdAt,
    ...stateOf(task, now),
    exposed: ref ? imageInfo(ref.repository)?.exposed ?? [] : [],
    labels: {
      'com.docker.swarm.node.id': task.nodeId ?? '',
      'com.docker.swarm.service.id': task.serviceId,
      'com.docker.swarm.service.name': service?.spec.name ?? task.spec.name,
      'com.docker.swarm.task': '',
      'com.docker.swarm.task.id': task.id,
      'com.docker.swarm.task.name': name,
    },
    networks: attached.map((n) => n.name).sort(),
    networkIds: attached.map((n) => n.id),
    sizeRootFs: imageSize(ref?.repository ?? ''),
  };
}
