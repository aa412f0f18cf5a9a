// A database the server cannot trust stops it with a clear message and a non-zero exit status;
// it is never silently replaced (the classroom's clusters would be lost).

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasBuild } from './helpers/process-server.js';

const MAIN = resolve(import.meta.dirname, '../../dist/main.js');
const dir = mkdtempSync(join(tmpdir(), 'swarmlab-corrupt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.runIf(hasBuild())('a corrupt database', () => {
  it('is reported with the file name and exit status 1, and left as it was', () => {
    const data = join(dir, 'data');
    mkdirSync(data);
    const garbage = 'this is not a database\n'.repeat(500);
    writeFileSync(join(data, 'swarmlab.db'), garbage);
    const run = spawnSync(process.execPath, [MAIN, '--host', '127.0.0.1', '--port', '0', '--data', data, '--keys', join(dir, 'keys')], { encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^swarmlab: .*swarmlab\.db/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(readFileSync(join(data, 'swarmlab.db'), 'utf8')).toBe(garbage);
  });
});
