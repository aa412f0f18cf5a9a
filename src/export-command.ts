// `swarmlab export --user NAME [--out FILE] [--data DIR]`: a user's newest recorded session as
// asciicast v2, read from the data directory (a running server may keep writing meanwhile).

import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeAsciicast } from './instructor/asciicast.js';
import { openStore, StoreError } from './store/index.js';

const USAGE = 'Usage: swarmlab export --user NAME [--out FILE] [--data DIR]\n';

/** exportMain runs the export subcommand and resolves with the process exit status. */
export async function exportMain(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { user: { type: 'string' }, out: { type: 'string' }, data: { type: 'string' } }, strict: true }));
  } catch (error) {
    process.stderr.write(`swarmlab export: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!values.user) {
    process.stderr.write(USAGE);
    return 2;
  }
  let store;
  try {
    store = openStore({ dir: resolve(values.data ?? env.SWARMLAB_DATA ?? './data'), readonly: true });
  } catch (error) {
    if (error instanceof StoreError) {
      process.stderr.write(`swarmlab export: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  try {
    const session = store.recordings.latestSessionOf(values.user);
    if (!session) {
      process.stderr.write(`swarmlab export: no recorded session for ${values.user}\n`);
      return 1;
    }
    const out = values.out ? createWriteStream(values.out) : process.stdout;
    writeAsciicast(session, store.recordings.chunks(session.id), (line) => out.write(line));
    if (values.out) await new Promise<void>((done) => (out as ReturnType<typeof createWriteStream>).end(done));
    return 0;
  } finally {
    store.close();
  }
}
