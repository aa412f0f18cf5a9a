// Reads a .cpuprofile (from `npm run bench -- --profile DIR`) and prints where the time went:
// the functions with the most self time, and the files (ours vs dependencies vs Node) they are in.
// Usage: node dist-bench/bench/profile-top.js DIR/load.cpuprofile [count]

import { readProfile, shortPlace } from './cpuprofile.js';

const { file, profile, args } = readProfile('profile-top', '[count]');
const countText = args[0];
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((s, v) => s + v, 0);
const fns = new Map<string, number>();
const files = new Map<string, number>();
for (const [id, us] of self) {
  const frame = byId.get(id)?.callFrame;
  if (!frame) continue;
  const where = shortPlace(frame.url);
  const name = `${frame.functionName || '(anonymous)'}  ${where}:${frame.lineNumber + 1}`;
  fns.set(name, (fns.get(name) ?? 0) + us);
  const group = frame.url === '' ? frame.functionName : where.replace(/^(node_modules\/[^/]+|dist-bench\/src\/[^/]+|node:[^/]+).*$/, '$1');
  files.set(group, (files.get(group) ?? 0) + us);
}
const pct = (us: number): string => `${((us / total) * 100).toFixed(1).padStart(5)}%`;
const top = (m: Map<string, number>, n: number): string[] => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${pct(v)}  ${(v / 1000).toFixed(0).padStart(7)} ms  ${k}`);
process.stdout.write(`${file}: ${(total / 1000).toFixed(0)} ms sampled\n\nby function (self time)\n${top(fns, Number(countText ?? 30)).join('\n')}\n\nby place\n${top(files, 20).join('\n')}\n`);
