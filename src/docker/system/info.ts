// `docker info [--format]` (docker/cli v28.2.2 cli/command/system/info.go): the Client section
// (this CLI has no plugins), then the engine's answer; the engine's warnings go to stderr after
// it. With --format the template runs over the whole object, client part included.

import { nodeOfHost, type ClusterState } from '../../cluster/index.js';
import { inspectFormatFlag, noArgs } from '../cli/index.js';
import { CliError, type DockerCommand } from '../command.js';
import { ENGINE_DOWN } from '../daemon.js';
import { goJsonCompact } from '../format/index.js';
import { parseObjectFormat, runObjectFormat } from '../object-format.js';
import { CLIENT } from './engine.js';
import { infoObject } from './info-object.js';
import { serverLines, TWO_MANAGERS_WARNING } from './info-text.js';

const CLIENT_LINES = ['Client:', ` Version:    ${CLIENT.version}`, ` Context:    ${CLIENT.context}`, ' Debug Mode: false', '', 'Server:'];

function clientInfo(): Record<string, unknown> {
  return { Debug: false, Version: CLIENT.version, GitCommit: CLIENT.gitCommit, GoVersion: CLIENT.goVersion, Os: 'linux', Arch: 'amd64', BuildTime: CLIENT.built, Context: CLIENT.context, Plugins: [], Warnings: null };
}

function warnings(info: Record<string, unknown>): string[] {
  const swarm = info.Swarm as Record<string, unknown>;
  return swarm.ControlAvailable === true && swarm.Managers === 2 ? [TWO_MANAGERS_WARNING] : [];
}

/** systemInfo is `docker info` (and `docker system info`). */
export const systemInfo: DockerCommand = {
  name: 'info',
  use: 'info [OPTIONS]',
  short: 'Display system-wide information',
  args: noArgs,
  annotations: { 'category-top': '12', aliases: 'docker system info, docker info' },
  flags: [inspectFormatFlag()],
  run: ({ req, host }) => {
    const state = host.cluster.state() as ClusterState;
    const down = nodeOfHost(state, host.hostname)?.state === 'down';
    const format = req.flags.string('format');
    if (format === '') {
      host.io.stdout(`${CLIENT_LINES.join('\n')}\n`);
      if (down) throw new CliError(ENGINE_DOWN);
      const info = infoObject(state, host.hostname);
      host.io.stdout(`${serverLines(info).join('\n')}\n`);
      for (const w of warnings(info)) host.io.stderr(`${w}\n`);
      return 0;
    }
    if (down) throw new CliError(ENGINE_DOWN);
    const object = { ...infoObject(state, host.hostname), ClientInfo: clientInfo() };
    if (format === 'json' || format === '{{json .}}') {
      host.io.stdout(`${goJsonCompact(object)}\n`);
      return 0;
    }
    const out = runObjectFormat(parseObjectFormat(format), object, 'system.dockerInfo');
    host.io.stdout(out.text);
    if (out.error) throw out.error;
    return 0;
  },
};
