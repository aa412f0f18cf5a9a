// The files a task's secrets and configs become inside its container (moby daemon/
// container_operations_unix.go setupSecretDir/setupConfigDir): a secret at /run/secrets/<target>
// unless the target is absolute, a config at /<target> unless absolute. Secrets and configs
// cannot change, so the current store holds what the task was given.

import type { ClusterState, DataObject, DataReference, Task } from '../../cluster/index.js';

function place(refs: readonly DataReference[] | undefined, store: Record<string, DataObject> | undefined, dir: string, out: Record<string, string>): void {
  for (const ref of refs ?? []) {
    const object = store?.[ref.id];
    if (!object) continue;
    const path = ref.target.startsWith('/') ? ref.target : `${dir}${ref.target}`;
    out[path.replace(/\/+/g, '/')] = object.data;
  }
}

/** taskDataFiles maps each secret and config file of a task's container to its content. */
export function taskDataFiles(state: Readonly<ClusterState>, task: Task): Record<string, string> {
  const out: Record<string, string> = {};
  place(task.spec.configs, state.configs, '/', out);
  place(task.spec.secrets, state.secrets, '/run/secrets/', out);
  return out;
}
