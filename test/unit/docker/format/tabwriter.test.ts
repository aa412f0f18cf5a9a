// Tabwriter goldens: docker-fidelity.md §2 examples (trailing spaces matter) and real tables
// recorded from docker 28.2.2, rebuilt from their cells and rendered again.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderTable, tabwrite } from '../../../../src/docker/format/index.js';

const ORACLE = fileURLToPath(new URL('../../../golden/oracle/', import.meta.url));

describe('renderTable: docker-fidelity.md §2 goldens', () => {
  it('§2.1 network ls', () => {
    const out = renderTable({
      header: ['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE'],
      rows: [
        ['6d1f3c0a9b2e', 'bridge', 'bridge', 'local'], ['e4c2a7b9d1f0', 'docker_gwbridge', 'bridge', 'local'],
        ['3b5f8a1c2d4e', 'host', 'host', 'local'], ['y1x0a2b3c4d5', 'ingress', 'overlay', 'swarm'],
        ['4ndbm4qzqxhv', 'mynet', 'overlay', 'swarm'], ['9a8b7c6d5e4f', 'none', 'null', 'local'],
      ],
    });
    expect(out).toBe(`NETWORK ID     NAME              DRIVER    SCOPE
6d1f3c0a9b2e   bridge            bridge    local
e4c2a7b9d1f0   docker_gwbridge   bridge    local
3b5f8a1c2d4e   host              host      local
y1x0a2b3c4d5   ingress           overlay   swarm
4ndbm4qzqxhv   mynet             overlay   swarm
9a8b7c6d5e4f   none              null      local
`);
  });

  it('§2.2 service ls: empty PORTS leaves the IMAGE padding; empty table is the header only', () => {
    const header = ['ID', 'NAME', 'MODE', 'REPLICAS', 'IMAGE', 'PORTS'];
    expect(renderTable({
      header,
      rows: [
        ['k2u5t8nmszbf', 'web', 'replicated', '3/3', 'nginx:latest', '*:8080->80/tcp'],
        ['p7q2w9e4r1t6', 'whoami', 'global', '5/5', 'traefik/whoami:latest', ''],
      ],
    })).toBe(`ID             NAME      MODE         REPLICAS   IMAGE                   PORTS
k2u5t8nmszbf   web       replicated   3/3        nginx:latest            *:8080->80/tcp
p7q2w9e4r1t6   whoami    global       5/5        traefik/whoami:latest   \n`);
    expect(renderTable({ header, rows: [] })).toBe('ID        NAME      MODE      REPLICAS   IMAGE     PORTS\n');
  });

  it('§2.3 service ps with an error column and the \\_ history prefix', () => {
    const out = renderTable({
      header: ['ID', 'NAME', 'IMAGE', 'NODE', 'DESIRED STATE', 'CURRENT STATE', 'ERROR', 'PORTS'],
      rows: [
        ['x3n9v5c2k1m4', 'web.1', 'nginx:latest', 'worker1', 'Running', 'Running 10 seconds ago', '', ''],
        ['k2u5t8nmszbf', ' \\_ web.1', 'nginx:latest', 'worker1', 'Shutdown', 'Failed 16 seconds ago', '"task: non-zero exit (137)"', ''],
        ['a9s8d7f6g5h4', 'web.2', 'nginx:latest', 'manager2', 'Running', 'Running 2 minutes ago', '', ''],
      ],
    });
    expect(out).toBe(`ID             NAME        IMAGE          NODE       DESIRED STATE   CURRENT STATE            ERROR                         PORTS
x3n9v5c2k1m4   web.1       nginx:latest   worker1    Running         Running 10 seconds ago                                 \n`
      + `k2u5t8nmszbf    \\_ web.1   nginx:latest   worker1    Shutdown        Failed 16 seconds ago    "task: non-zero exit (137)"   \n`
      + `a9s8d7f6g5h4   web.2       nginx:latest   manager2   Running         Running 2 minutes ago                                  \n`);
  });

  it('§2.3 simplest task table: ERROR width 10, rows end with 13 spaces', () => {
    const out = renderTable({
      header: ['ID', 'NAME', 'IMAGE', 'NODE', 'DESIRED STATE', 'CURRENT STATE', 'ERROR', 'PORTS'],
      rows: [['x3n9v5c2k1m4', 'web.1', 'nginx:latest', 'worker1', 'Running', 'Running 2 minutes ago', '', '']],
    });
    expect(out.split('\n')[1]).toBe(`x3n9v5c2k1m4   web.1     nginx:latest   worker1   Running         Running 2 minutes ago${' '.repeat(13)}`);
  });

  it('§2.4 node ls: the ID cell carries its own two trailing characters', () => {
    const out = renderTable({
      header: ['ID  ', 'HOSTNAME', 'STATUS', 'AVAILABILITY', 'MANAGER STATUS', 'ENGINE VERSION'],
      rows: [
        ['6f3kc5pgq0vu9dmaxb0z4bjcb *', 'manager1', 'Ready', 'Active', 'Leader', '24.0.7'],
        ['3x2qnh0y1dm6r0jv7tsq4c0ud  ', 'worker1', 'Ready', 'Active', '', '24.0.7'],
      ],
    });
    expect(out).toBe(`ID                            HOSTNAME   STATUS    AVAILABILITY   MANAGER STATUS   ENGINE VERSION
6f3kc5pgq0vu9dmaxb0z4bjcb *   manager1   Ready     Active         Leader           24.0.7
3x2qnh0y1dm6r0jv7tsq4c0ud     worker1    Ready     Active                          24.0.7
`);
  });
});

/** cellsOf cuts a recorded table back into cells at the header's column starts. */
function cellsOf(text: string): string[][] {
  const lines = text.split('\n').slice(0, -1);
  const header = lines[0] as string;
  const starts = [0];
  for (const m of header.matchAll(/ {3,}(?=\S)/g)) starts.push((m.index ?? 0) + m[0].length);
  return lines.map((line) => starts.map((s, i) => line.slice(s, starts[i + 1] ?? line.length).trimEnd()));
}

describe('renderTable re-renders real docker 28.2.2 tables byte for byte', () => {
  const tables = ['service-ls', 'service-ls-empty', 'service-ps', 'service-ps-two', 'service-ps-after-scale-down',
    'service-ps-no-trunc', 'node-ps', 'node-ps-empty', 'node-ps-after-service-rm', 'network-ls', 'network-ls-no-trunc',
    'network-ls-with-tasks', 'ps', 'ps-a', 'ps-empty', 'ps-no-trunc'];
  for (const slug of tables) {
    const file = `${ORACLE}${slug}.stdout`;
    it.skipIf(!existsSync(file))(slug, () => {
      const bytes = readFileSync(file, 'utf8');
      const [header, ...rows] = cellsOf(bytes);
      expect(renderTable({ header: header as string[], rows })).toBe(bytes);
    });
  }
});

describe('tabwrite: text/tabwriter block rules', () => {
  it.each([
    ['column widths are per block of consecutive lines', 'a\tb\nlonger-cell\tc\nx\n1\t2\n', `a${' '.repeat(13)}b\nlonger-cell   c\nx\n1         2\n`],
    ['a line without tabs ends every block', 'aaaaaaaaaaaaa\tb\n\ncc\td\n', 'aaaaaaaaaaaaa   b\n\ncc        d\n'],
    ['inner columns form their own blocks', 'a\tb\tc\nd\te\nf\tg\th\n', 'a         b         c\nd         e\nf         g         h\n'],
    ['empty cells are padded, the last cell never', '\t\tz\n', `${' '.repeat(20)}z\n`],
    ['text after the last newline is flushed without a newline', 'a\tb\nc\td', 'a         b\nc         d'],
    ['a trailing tab without newline is dropped like Go', 'a\t', 'a'],
    ['wide characters count two cells', '日本語\tx\nab\ty\n', '日本語    x\nab        y\n'],
    ['combining marks count zero', 'e\u0301\tx\n', 'e\u0301         x\n'],
    ['empty input', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(tabwrite(input)).toBe(expected);
  });
});
