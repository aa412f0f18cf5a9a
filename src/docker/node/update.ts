// `docker node update [OPTIONS] NODE` (docker/cli v28.2.2 cli/command/node/update.go): only the
// flags the user set change the spec; --label-rm of a missing key fails in the CLI; success
// prints the node argument as typed.

import { exactArgs, listOpt, type ParsedFlags } from '../cli/index.js';
import { CliError, type DockerCommand } from '../command.js';
import { updateNodes, type MergeNode } from './update-nodes.js';

function mergeNodeUpdate(flags: ParsedFlags): MergeNode {
  return (_node, spec) => {
    if (flags.changed('role')) spec.role = flags.string('role');
    if (flags.changed('availability')) spec.availability = flags.string('availability');
    for (const kv of flags.custom<string[]>('label-add')) {
      const eq = kv.indexOf('=');
      spec.labels[eq < 0 ? kv : kv.slice(0, eq)] = eq < 0 ? '' : kv.slice(eq + 1);
    }
    for (const key of flags.custom<string[]>('label-rm')) {
      if (!(key in spec.labels)) throw new CliError(`key ${key} doesn't exist in node's labels`);
      delete spec.labels[key];
    }
  };
}

/** nodeUpdate is `docker node update`. */
export const nodeUpdate: DockerCommand = {
  name: 'update',
  use: 'update [OPTIONS] NODE',
  short: 'Update a node',
  args: exactArgs(1),
  flags: [
    { kind: 'string', name: 'role', usage: 'Role of the node ("worker", "manager")' },
    { kind: 'string', name: 'availability', usage: 'Availability of the node ("active", "pause", "drain")' },
    listOpt({ name: 'label-add', usage: 'Add or update a node label ("key=value")' }),
    listOpt({ name: 'label-rm', usage: 'Remove a node label if exists' }),
  ],
  run: ({ req, host }) => {
    const ref = req.args[0] ?? '';
    return updateNodes(host, [ref], mergeNodeUpdate(req.flags), () => `${ref}\n`);
  },
};
