// The PORTS columns: `service ls` groups a service's ingress ports into ranges
// (docker/cli cli/command/service/formatter.go serviceContext.Ports, portRange), `service ps` and
// `node ps` list a task's host-mode ports one by one (cli/command/task/formatter.go Ports).
import type { PortConfig } from '../../cluster/index.js';

interface PortRange {
  pStart: number;
  pEnd: number;
  tStart: number;
  tEnd: number;
  protocol: string;
}

function rangeText(r: PortRange): string {
  const pub = r.pEnd > r.pStart ? `${r.pStart}-${r.pEnd}` : String(r.pStart);
  const tgt = r.tEnd > r.tStart ? `${r.tStart}-${r.tEnd}` : String(r.tStart);
  return `*:${pub}->${tgt}/${r.protocol}`;
}

// Go subtracts uint32s: a smaller port wraps around to a huge gap, so only +0 and +1 are "next".
const gap = (a: number, b: number): number => (a >= b ? a - b : Number.POSITIVE_INFINITY);

/** servicePortsColumn is serviceContext.Ports: ingress ports sorted by protocol, then published port, in ranges. */
export function servicePortsColumn(endpointPorts: readonly PortConfig[]): string {
  const sorted = [...endpointPorts].sort((a, b) => (a.protocol === b.protocol ? a.publishedPort - b.publishedPort : a.protocol < b.protocol ? -1 : 1));
  const out: string[] = [];
  let r: PortRange = { pStart: 0, pEnd: 0, tStart: 0, tEnd: 0, protocol: '' };
  for (const p of sorted) {
    if (p.publishMode !== 'ingress') continue;
    const isRange = r.tEnd !== r.tStart;
    if (p.protocol !== r.protocol || gap(p.publishedPort, r.pEnd) > 1 || gap(p.targetPort, r.tEnd) > 1 || (isRange && p.targetPort <= r.tEnd)) {
      if (r.pStart > 0) out.push(rangeText(r));
      r = { pStart: p.publishedPort, pEnd: p.publishedPort, tStart: p.targetPort, tEnd: p.targetPort, protocol: p.protocol };
      continue;
    }
    r.pEnd = p.publishedPort;
    r.tEnd = p.targetPort;
  }
  if (r.pStart > 0) out.push(rangeText(r));
  return out.join(', ');
}

/** taskPortsColumn is taskContext.Ports: every PortStatus port, comma-joined without a space. */
export function taskPortsColumn(ports: readonly PortConfig[]): string {
  return ports.map((p) => `*:${p.publishedPort}->${p.targetPort}/${p.protocol}`).join(',');
}
