// What every simulated machine runs: Docker Engine - Community 28.2.2 from docker's apt repository
// on Ubuntu 24.04 (kernel as `uname -a` prints it on our nodes), with the containerd.io and runc of
// that release. The client is the docker 28.2.2 CLI recorded in test/golden/oracle (version.stdout).

import { ENGINE_VERSION } from '../../cluster/index.js';
import { DOCKER_CLIENT_VERSION, DOCKER_GIT_COMMIT } from '../cli/index.js';

/** ENGINE is the engine build every host reports (moby v28.2.2, api/common.go). */
export const ENGINE = {
  platform: 'Docker Engine - Community',
  version: ENGINE_VERSION,
  apiVersion: '1.50',
  minApiVersion: '1.24',
  goVersion: 'go1.24.3',
  gitCommit: '45873be',
  buildTime: '2025-05-30T12:07:14.000000000+00:00',
  kernel: '6.8.0-49-generic',
  os: 'Ubuntu 24.04.1 LTS',
  osVersion: '24.04',
} as const;

/** CLIENT is the docker CLI build (oracle version.stdout: no platform name). */
export const CLIENT = {
  version: DOCKER_CLIENT_VERSION,
  apiVersion: '1.50',
  goVersion: 'go1.24.3',
  gitCommit: DOCKER_GIT_COMMIT,
  built: 'Fri May 30 12:07:14 2025',
  context: 'default',
} as const;

/** COMPONENTS are the runtime pieces `docker version` lists after the engine. */
export const COMPONENTS = [
  { name: 'containerd', version: '1.7.27', gitCommit: '05044ec0a9a75232cad458027ca83437aae3f4da' },
  { name: 'runc', version: '1.2.5', gitCommit: 'v1.2.5-0-g59923ef' },
  { name: 'docker-init', version: '0.19.0', gitCommit: 'de40ad0' },
] as const;

/** ANSIC_BUILT is the engine build time as the CLI reformats it (time.ANSIC). */
export const ANSIC_BUILT = 'Fri May 30 12:07:14 2025';
