// Reads a .cpuprofile (from `npm run bench -- --profile DIR`) and finds the busy stretches: runs
// of consecutive non-idle samples, i.e. the time a keystroke arriving then would have waited. It
// prints how the stretches are distributed and, for the longest, which entry points they ran.
// Usage: node dist-bench/bench/profile-stalls.js DIR/load.cpuprofile [minMs]

import { readProfile, shortPlace, type ProfileNode } from './cpuprofile.js';

const { file, profile, args } = readProfile('profile-stalls', '[minMs]');
const minMs = Number(args[0] ?? 1);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const short = (n: ProfileNode | undefined): string => {
  if (!n) return '?';
  const f = n.callFrame;
  const where = shortPlace(f.url);
  return `${f.functionName || '(anonymous)'} ${where}${where ? `:${f.lineNumber + 1}` : ''}`;
};

/** entry names a sample by the frames nearest the root that are ours or a dependency's (the callback that ran). */
function entry(id: number): string {
  const chain: ProfileNode[] = [];
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const n = byId.get(at);
    if (n) chain.unshift(n);
  }
  const named = chain.filter((n) => n.callFrame.url !== '' || n.callFrame.functionName.startsWith('('));
  const meaningful = named.filter((n) => /dist|node_modules/.test(n.callFrame.url));
  const pick = meaningful.slice(0, 2);
  if (pick.length === 0) return short(chain[chain.length - 1]);
  return pick.map(short).join(' > ');
}

interface Stretch {
  start: number;
  ms: number;
  samples: number[];
}

const stretches: Stretch[] = [];
let t = 0;
let current: Stretch | undefined;
profile.samples.forEach((id, i) => {
  t += (profile.timeDeltas[i] ?? 0) / 1000;
  const idle = byId.get(id)?.callFrame.functionName === '(idle)';
  if (idle) {
    if (current) stretches.push(current);
    current = undefined;
    return;
  }
  current ??= { start: t, ms: 0, samples: [] };
  current.ms = t - current.start + (profile.timeDeltas[i + 1] ?? 0) / 1000;
  current.samples.push(id);
});
if (current) stretches.push(current);

const busy = stretches.reduce((s, x) => s + x.ms, 0);
const over = (ms: number): Stretch[] => stretches.filter((s) => s.ms >= ms);
const lines = [`${file}: ${t.toFixed(0)} ms sampled, ${busy.toFixed(0)} ms busy in ${stretches.length} stretches`];
for (const ms of [0.5, 1, 2, 3, 5, 10]) {
  const o = over(ms);
  lines.push(`  ≥ ${ms} ms: ${o.length} stretches, ${o.reduce((s, x) => s + x.ms, 0).toFixed(0)} ms (${((o.reduce((s, x) => s + x.ms, 0) / t) * 100).toFixed(2)}% of the time)`);
}
const causes = new Map<string, number>();
for (const s of over(minMs)) {
  const seen = new Map<string, number>();
  for (const id of s.samples) seen.set(entry(id), (seen.get(entry(id)) ?? 0) + 1);
  for (const [k, n] of seen) causes.set(k, (causes.get(k) ?? 0) + (n / s.samples.length) * s.ms);
}
lines.push('', `in stretches ≥ ${minMs} ms, time by entry point:`);
for (const [k, ms] of [...causes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) lines.push(`  ${ms.toFixed(1).padStart(8)} ms  ${k}`);
if (process.env.STALL_DETAIL) {
  for (const s of over(minMs).sort((a, b) => b.ms - a.ms).slice(0, Number(process.env.STALL_DETAIL))) {
    const parts: string[] = [];
    let last = '';
    let n = 0;
    for (const id of s.samples) {
      const e = entry(id);
      if (e === last) n++;
      else {
        if (last) parts.push(`${n}× ${last}`);
        last = e;
        n = 1;
      }
    }
    parts.push(`${n}× ${last}`);
    lines.push('', `stretch at ${s.start.toFixed(0)} ms, ${s.ms.toFixed(2)} ms:`, ...parts.map((p) => `    ${p}`));
  }
}
const leaves = new Map<string, number>();
for (const s of over(minMs)) for (const id of s.samples) leaves.set(short(byId.get(id)), (leaves.get(short(byId.get(id))) ?? 0) + s.ms / s.samples.length);
lines.push('', `in stretches ≥ ${minMs} ms, self time by function:`);
for (const [k, ms] of [...leaves.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) lines.push(`  ${ms.toFixed(1).padStart(8)} ms  ${k}`);
process.stdout.write(`${lines.join('\n')}\n`);
