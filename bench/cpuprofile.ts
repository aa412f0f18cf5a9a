// The shape of a V8 .cpuprofile (what `--profile DIR` writes), read by the profile-* tools.

import { readFileSync } from 'node:fs';

/** ProfileNode is one call-tree node: a function at a place, with its callees. */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Profile is the call tree and its samples (node ids, with the µs since the previous sample). */
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** readProfile reads the file named by the first argument, or prints usage and exits 2. */
export function readProfile(tool: string, usageTail: string): { file: string; profile: Profile; args: string[] } {
  const [file, ...args] = process.argv.slice(2);
  if (!file) {
    process.stderr.write(`usage: ${tool} FILE.cpuprofile ${usageTail}\n`);
    process.exit(2);
  }
  return { file, profile: JSON.parse(readFileSync(file, 'utf8')) as Profile, args };
}

/** shortPlace names a file relative to dist/, dist-bench/ or node_modules/. */
export function shortPlace(url: string): string {
  return url.replace(/^file:\/\/.*?\/(node_modules|dist-bench|dist)\//, '$1/');
}
