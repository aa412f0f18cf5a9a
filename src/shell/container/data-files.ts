// The files a task's secrets and configs become inside its container (moby daemon/
// container_operations_unix.go setupSecretDir/setupConfigDir): a secret at /run/secrets/<target>
// unless the target is absolute, a config at /<target> unless absolute, each with the mode the
// service gave it (0444 unless --secret/--config said mode=). Secrets and configs cannot change,
// so the current store holds what the task was given.

import type { ClusterState, DataObject, DataReference, Task } from '../../cluster/index.js';
import type { ContainerFile } from './container-env.js';

function place(refs: readonly DataReference[] | undefined, store: Record<string, DataObject> | undefined, dir: string, out: ContainerFile[]): void {
  for (const ref of refs ?? []) {
    const object = store?.[ref.id];
    if (!object) continue;
    const path = ref.target.startsWith('/') ? ref.target : `${dir}${ref.target}`;
    out.push({ path: path.replace(/\/+/g, '/'), content: object.data, mode: ref.mode });
  }
}

/** taskDataFiles lists the secret and config files of a task's container. */
export function taskDataFiles(state: Readonly<ClusterState>, task: Task): ContainerFile[] {
  const out: ContainerFile[] = [];
  place(task.spec.configs, state.configs, '/', out);
  place(task.spec.secrets, state.secrets, '/run/secrets/', out);
  return out;
}
