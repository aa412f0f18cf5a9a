// `docker swarm ca` (docker/cli v28.2.2 cli/command/swarm/ca.go): without --rotate it prints the
// swarm's root CA certificate; CA flags need --rotate. Rotating the CA is not simulated.

import type { ClusterState } from '../../cluster/index.js';
import { fail, noArgs, type CustomFlag } from '../cli/index.js';
import { CliError, type DockerCommand } from '../command.js';
import { requireManager } from '../daemon.js';
import { SWARM_CA_PEM } from '../node/resource.js';
import { swarmSpecFlags } from './swarm-flags.js';

const CA_FLAGS = ['ca-cert', 'ca-key', 'cert-expiry', 'external-ca'];

/** pemFileFlag is opts.go PEMFile (`pem-file`): it reads the file, and our machines have none to read. */
function pemFileFlag(name: string, usage: string): CustomFlag {
  return { kind: 'custom', name, usage, typeName: 'pem-file', initial: () => '', defValue: '', set: (_p, raw) => fail(`open ${raw}: no such file or directory`) };
}

/** swarmCa is `docker swarm ca`. */
export const swarmCa: DockerCommand = {
  name: 'ca',
  use: 'ca [OPTIONS]',
  short: 'Display and rotate the root CA',
  args: noArgs,
  annotations: { version: '1.30', swarm: 'manager' },
  flags: [
    ...swarmSpecFlags().filter((f) => f.name === 'cert-expiry' || f.name === 'external-ca'),
    { kind: 'bool', name: 'rotate', usage: 'Rotate the swarm CA - if no certificate or key are provided, new ones will be generated' },
    pemFileFlag('ca-cert', 'Path to the PEM-formatted root CA certificate to use for the new cluster'),
    pemFileFlag('ca-key', 'Path to the PEM-formatted root CA key to use for the new cluster'),
    { kind: 'bool', name: 'detach', shorthand: 'd', usage: 'Exit immediately instead of waiting for the root rotation to converge' },
    { kind: 'bool', name: 'quiet', shorthand: 'q', usage: 'Suppress progress output' },
  ],
  run: ({ req, host }) => {
    requireManager(host.cluster.state() as ClusterState, host.hostname);
    if (!req.flags.bool('rotate')) {
      const given = CA_FLAGS.find((f) => req.flags.changed(f));
      if (given) throw new CliError(`\`--${given}\` flag requires the \`--rotate\` flag to update the CA`);
      host.io.stdout(`${SWARM_CA_PEM.trim()}\n`);
      return 0;
    }
    throw new CliError('swarm ca --rotate: rotating the root CA is not simulated by swarmlab');
  },
};
