// The JSON `docker node inspect` prints: moby v28.2.2 api/types/swarm/node.go (Node, NodeSpec,
// NodeDescription, NodeStatus, ManagerStatus; empty fields omitted as their `omitempty` tags say),
// laid out like the oracle recording node-inspect-self. The engine plugin list is v28's
// (daemon/logdrivers_linux.go: no logentries since v25).

import type { ClusterState, SwarmNode } from '../../cluster/index.js';
import { hasManagerStatus, managerAddr, reachability } from '../../cluster/index.js';
import { sortedMap } from '../format/index.js';
import { rfc3339Nano } from '../go-time.js';

/**
 * SWARM_CA_PEM is the swarm's root CA certificate (TLSInfo.TrustRoot): a fixed self-signed ECDSA
 * P-256 certificate for CN=swarm-ca made for swarmlab, shaped like swarmkit's ca/certificates.go
 * root (PrintableString subject, key usage cert sign + CRL sign, 20 years).
 */
export const SWARM_CA_PEM =
  '-----BEGIN CERTIFICATE-----\nMIIBaTCCARCgAwIBAgIUGHHgHJcaIchaa7FMcNV9tNB+Hn4wCgYIKoZIzj0EAwIw\nEzERMA8GA1UEAxMIc3dhcm0tY2EwHhcNMjYxMTIyMjEyMDIyWhcNNDYxMTE3MjEy\n' +
  'MDIyWjATMREwDwYDVQQDEwhzd2FybS1jYTBZMBMGByqGSM49AgEGCCqGSM49AwEH\nA0IABBBBArRWxHzoE7z1uTqLlqcmSGaO/pzDTFDuyU2TRBtvhTV2IdHDEWJ35WxF\n' +
  'a+J1k8bv0nWLsIA21mbwAfkKoYOjQjBAMA4GA1UdDwEB/wQEAwIBBjAPBgNVHRMB\nAf8EBTADAQH/MB0GA1UdDgQWBBTx09ZSyWSADFyVukEooFNYIQ6+azAKBggqhkjO\n' +
  'PQQDAgNHADBEAiBYyjDpOFW0PNsZ2c5trcHUUhS4RFahQoGEYhECQvgZbgIgbk8/\nd+Gi6+aZ+wgwWEGSJWGRVduBKQObXNf8putSEjU=\n-----END CERTIFICATE-----\n';
/** SWARM_CA_SUBJECT is the DER of the CA's subject (CN=swarm-ca), base64. */
export const SWARM_CA_SUBJECT = 'MBMxETAPBgNVBAMTCHN3YXJtLWNh';
/** SWARM_CA_PUBLIC_KEY is the DER SubjectPublicKeyInfo of the CA's key, base64. */
export const SWARM_CA_PUBLIC_KEY =
  'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEEEECtFbEfOgTvPW5OouWpyZIZo7+nMNMUO7JTZNEG2+FNXYh0cMRYnflbEVr4nWTxu/SdYuwgDbWZvAB+Qqhgw==';

/** ENGINE_PLUGINS are the plugins a v28 engine reports, in the daemon's order. */
export const ENGINE_PLUGINS: readonly { Type: string; Name: string }[] = [
  ...['awslogs', 'fluentd', 'gcplogs', 'gelf', 'journald', 'json-file', 'local', 'splunk', 'syslog'].map((Name) => ({ Type: 'Log', Name })),
  ...['bridge', 'host', 'ipvlan', 'macvlan', 'null', 'overlay'].map((Name) => ({ Type: 'Network', Name })),
  { Type: 'Volume', Name: 'local' },
];

/** nodeResource builds one node's inspect object. */
export function nodeResource(state: Readonly<ClusterState>, node: SwarmNode): Record<string, unknown> {
  const host = state.hosts[node.hostname];
  const addr = host?.addr ?? '';
  return {
    ID: node.id,
    // Raft store indexes: a node object is written a few times while it joins, then once per update.
    Version: { Index: 8 + node.version },
    CreatedAt: rfc3339Nano(node.createdAt, node.id),
    UpdatedAt: rfc3339Nano(node.updatedAt, node.updatedAt === node.createdAt ? node.id : `${node.id}/${node.version}`),
    Spec: { Labels: sortedMap(node.labels), Role: node.role, Availability: node.availability },
    Description: {
      Hostname: node.hostname,
      Platform: { Architecture: 'x86_64', OS: 'linux' },
      Resources: { NanoCPUs: host?.nanoCpus ?? 0, MemoryBytes: host?.memoryBytes ?? 0 },
      Engine: { EngineVersion: host?.engineVersion ?? '', Plugins: ENGINE_PLUGINS },
      TLSInfo: { TrustRoot: SWARM_CA_PEM, CertIssuerSubject: SWARM_CA_SUBJECT, CertIssuerPublicKey: SWARM_CA_PUBLIC_KEY },
    },
    Status: { State: node.state, Addr: addr },
    ManagerStatus:
      hasManagerStatus(node)
        ? { Leader: node.leader ? true : undefined, Reachability: reachability(node), Addr: managerAddr(state, node) }
        : undefined,
  };
}
