// List --format through the Go template engine, against the exact strings of docker/cli v28.2.2
// cli/command/network/formatter_test.go (TestNetworkContextWrite, TestNetworkContextWriteJSON),
// cli/command/node/formatter_test.go (NewFormat raw, json field set) and
// cli/command/container/list.go (the template check before the daemon call).

import { describe, expect, it } from 'vitest';
import { CliError } from '../../../../src/docker/command.js';
import { checkPsFormat } from '../../../../src/docker/container/format-check.js';
import { formatNetworks, networkListFormat, type NetworkSummary } from '../../../../src/docker/network/formatter.js';
import { formatNodes, type NodeRow } from '../../../../src/docker/node/formatter.js';

const net = (id: string, name: string, driver: string, created: string): NetworkSummary =>
  ({ id, name, driver, scope: 'local', ipv4: false, ipv6: false, internal: false, labels: {}, created });
const NETWORKS = [net('networkID1', 'foobar_baz', 'foo', '2016-01-01T00:00:00Z'), net('networkID2', 'foobar_bar', 'bar', '2017-01-01T00:00:00Z')];

function networks(format: string, quiet = false): string {
  try {
    return formatNetworks(NETWORKS, networkListFormat(format, quiet), true);
  } catch (error) {
    if (error instanceof CliError) return `error: ${error.message}`;
    throw error;
  }
}

describe('network ls --format (network/formatter_test.go TestNetworkContextWrite)', () => {
  it.each([
    ['{{InvalidFunction}}', false, 'error: template parsing error: template: :1: function "InvalidFunction" not defined'],
    ['{{nil}}', false, 'error: template parsing error: template: :1:2: executing "" at <nil>: nil is not a command'],
    ['table', false, 'NETWORK ID   NAME         DRIVER    SCOPE\nnetworkID1   foobar_baz   foo       local\nnetworkID2   foobar_bar   bar       local\n'],
    ['table', true, 'networkID1\nnetworkID2\n'],
    ['table {{.Name}}', false, 'NAME\nfoobar_baz\nfoobar_bar\n'],
    ['table {{.Name}}', true, 'NAME\nfoobar_baz\nfoobar_bar\n'],
    ['raw', false, 'network_id: networkID1\nname: foobar_baz\ndriver: foo\nscope: local\n\nnetwork_id: networkID2\nname: foobar_bar\ndriver: bar\nscope: local\n\n'],
    ['raw', true, 'network_id: networkID1\nnetwork_id: networkID2\n'],
    ['{{.Name}}', false, 'foobar_baz\nfoobar_bar\n'],
    ['{{.Name}} {{.CreatedAt}}', false, 'foobar_baz 2016-01-01 00:00:00 +0000 UTC\nfoobar_bar 2017-01-01 00:00:00 +0000 UTC\n'],
    ['{{json .ID}}', false, '"networkID1"\n"networkID2"\n'],
    ['{{.Nope}}', false, 'error: template parsing error: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *network.networkContext'],
    ['{{upper .Name | printf "%-12s"}}|{{.Label "x"}}|', false, 'FOOBAR_BAZ  ||\nFOOBAR_BAR  ||\n'],
    ['table {{.ID}}\\t{{title .Driver}}', false, 'NETWORK ID   DRIVER\nnetworkID1   Foo\nnetworkID2   Bar\n'],
  ])('%j quiet=%s', (format, quiet, want) => {
    expect(networks(format, quiet)).toBe(want);
  });

  it('json: the context\'s fields, sorted (TestNetworkContextWriteJSON)', () => {
    const out = formatNetworks([{ ...net('networkID1', 'foobar_baz', '', '0001-01-01T00:00:00Z'), scope: '' }], 'json', true);
    expect(out).toBe('{"CreatedAt":"0001-01-01 00:00:00 +0000 UTC","Driver":"","ID":"networkID1","IPv4":"false","IPv6":"false","Internal":"false","Labels":"","Name":"foobar_baz","Scope":""}\n');
  });
});

const NODE: NodeRow = { ID: 'nodeID1', Self: true, Hostname: 'foobar_baz', Status: 'Ready', Availability: 'Active', ManagerStatus: 'Leader', EngineVersion: '28.2.2', TLSStatus: 'Ready' };

describe('node ls --format (node/formatter.go NewFormat, nodeContext)', () => {
  it.each([
    ['raw', false, 'node_id: nodeID1\nhostname: foobar_baz\nstatus: Ready\navailability: Active\nmanager_status: Leader\n\n'],
    ['raw', true, 'node_id: nodeID1\n'],
    ['json', false, '{"Availability":"Active","EngineVersion":"28.2.2","Hostname":"foobar_baz","ID":"nodeID1","ManagerStatus":"Leader","Self":true,"Status":"Ready","TLSStatus":"Ready"}\n'],
    ['table {{.Hostname}}\\t{{.TLSStatus}}', false, 'HOSTNAME     TLS STATUS\nfoobar_baz   Ready\n'],
    ['{{if .Self}}me{{end}} {{.ManagerStatus}}', true, 'me Leader\n'],
  ])('%j quiet=%s', (format, quiet, want) => {
    expect(formatNodes([NODE], format, quiet)).toBe(want);
  });
});

describe('ps --format check before the daemon call (container/list.go buildContainerListOptions)', () => {
  it.each([
    ['{{.ID}}', false],
    ['table {{.Names}}\\t{{.Size}}', true],
    ['{{json .}}', true], // MarshalJSON calls every accessor, Size included
    ['{{.Label "com.docker.swarm.task"}}', false],
  ])('%j uses .Size: %s', (format, usesSize) => {
    expect(checkPsFormat(format)).toEqual({ usesSize });
  });

  it.each([
    ['{{.ID', 'failed to parse template: template: :1: unclosed action'],
    ['{{.Nope}}', 'failed to execute template: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.ContainerContext'],
  ])('%j', (format, message) => {
    expect(() => checkPsFormat(format)).toThrow(new CliError(message));
  });
});
