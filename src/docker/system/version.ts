// `docker version [--format]` (docker/cli v28.2.2 cli/command/system/version.go): the default
// template through a tabwriter (minwidth 20, padding 1), laid out like the oracle recording
// version.stdout; --format runs a template over the same object (`json` prints it compact).

import type { ClusterState } from '../../cluster/index.js';
import { inspectFormatFlag, noArgs } from '../cli/index.js';
import { CliError, type DockerCommand } from '../command.js';
import { ENGINE_DOWN } from '../daemon.js';
import { goJsonCompact } from '../format/index.js';
import { goStruct } from '../format/go-template/index.js';
import { DOCKER_TABWRITER, tabwrite } from '../format/index.js';
import { parseObjectFormat, runObjectFormat, VERSION_FUNCS } from '../object-format.js';
import { nodeOfHost } from '../../cluster/index.js';
import { ANSIC_BUILT, CLIENT, COMPONENTS, ENGINE } from './engine.js';

const cell = (label: string, value: string): string => `${label.padEnd(19)} ${value}`;

/** clientLines is the Client section. */
function clientLines(): string[] {
  return [
    'Client:',
    cell(' Version:', CLIENT.version),
    cell(' API version:', CLIENT.apiVersion),
    cell(' Go version:', CLIENT.goVersion),
    cell(' Git commit:', CLIENT.gitCommit),
    cell(' Built:', CLIENT.built),
    cell(' OS/Arch:', 'linux/amd64'),
    cell(' Context:', CLIENT.context),
  ];
}

function serverLines(): string[] {
  const lines = [
    `Server: ${ENGINE.platform}`,
    ' Engine:',
    cell('  Version:', ENGINE.version),
    cell('  API version:', `${ENGINE.apiVersion} (minimum version ${ENGINE.minApiVersion})`),
    cell('  Go version:', ENGINE.goVersion),
    cell('  Git commit:', ENGINE.gitCommit),
    cell('  Built:', ANSIC_BUILT),
    cell('  OS/Arch:', 'linux/amd64'),
    cell('  Experimental:', 'false'),
  ];
  for (const c of COMPONENTS) lines.push(` ${c.name}:`, cell('  Version:', c.version), cell('  GitCommit:', c.gitCommit));
  return lines;
}

/** versionObject is versionInfo as the template and `json` see it. */
export function versionObject(): Record<string, unknown> {
  const client = { Version: CLIENT.version, ApiVersion: CLIENT.apiVersion, DefaultAPIVersion: CLIENT.apiVersion, GitCommit: CLIENT.gitCommit, GoVersion: CLIENT.goVersion, Os: 'linux', Arch: 'amd64', BuildTime: CLIENT.built, Context: CLIENT.context };
  const engineDetails = { ApiVersion: ENGINE.apiVersion, Arch: 'amd64', BuildTime: ANSIC_BUILT, Experimental: 'false', GitCommit: ENGINE.gitCommit, GoVersion: ENGINE.goVersion, KernelVersion: ENGINE.kernel, MinAPIVersion: ENGINE.minApiVersion, Os: 'linux' };
  const components = [
    { Name: 'Engine', Version: ENGINE.version, Details: engineDetails },
    ...COMPONENTS.map((c) => ({ Name: c.name, Version: c.version, Details: { GitCommit: c.gitCommit } })),
  ];
  const server = {
    Platform: { Name: ENGINE.platform }, Components: components, Version: ENGINE.version, ApiVersion: ENGINE.apiVersion,
    MinAPIVersion: ENGINE.minApiVersion, GitCommit: ENGINE.gitCommit, GoVersion: ENGINE.goVersion, Os: 'linux', Arch: 'amd64',
    KernelVersion: ENGINE.kernel, BuildTime: ENGINE.buildTime,
  };
  return { Client: client, Server: server };
}

/**
 * versionTemplateData is versionInfo as templates see it: Go field names (`.Client.APIVersion`,
 * tagged `json:"ApiVersion"`), while `{{json .Client}}` still prints the API's JSON keys.
 */
export function versionTemplateData(): unknown {
  const json = versionObject() as { Client: Record<string, unknown>; Server: Record<string, unknown> };
  const goFields = (fields: Record<string, unknown>): Record<string, unknown> => {
    const { ApiVersion, ...rest } = fields;
    return { APIVersion: ApiVersion, ...rest };
  };
  const client = goStruct(goFields(json.Client), 'command.clientVersion', { json: json.Client });
  const server = goStruct(goFields(json.Server), 'types.Version', { json: json.Server });
  return goStruct({ Client: client, Server: server }, 'command.versionInfo', { json });
}

/** systemVersion is `docker version`. */
export const systemVersion: DockerCommand = {
  name: 'version',
  use: 'version [OPTIONS]',
  short: 'Show the Docker version information',
  args: noArgs,
  annotations: { 'category-top': '10' },
  flags: [inspectFormatFlag()],
  run: ({ req, host }) => {
    const format = req.flags.string('format');
    const down = nodeOfHost(host.cluster.state() as ClusterState, host.hostname)?.state === 'down';
    if (format === '') {
      host.io.stdout(`${[...clientLines(), ...(down ? [] : ['', ...serverLines()])].join('\n')}\n`);
      if (down) throw new CliError(ENGINE_DOWN);
      return 0;
    }
    if (down) throw new CliError(ENGINE_DOWN);
    if (format === 'json' || format === '{{json .}}') {
      host.io.stdout(`${goJsonCompact(versionObject())}\n`);
      return 0;
    }
    // prettyPrintVersion writes through a tabwriter (minwidth 20, padding 1), custom formats too.
    const out = runObjectFormat(parseObjectFormat(format, 'version', VERSION_FUNCS), versionTemplateData(), 'system.versionInfo');
    host.io.stdout(tabwrite(out.text, { ...DOCKER_TABWRITER, minwidth: 20, padding: 1 }));
    if (out.error) throw out.error;
    return 0;
  },
};
