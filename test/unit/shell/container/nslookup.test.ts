import { describe, expect, it } from 'vitest';
import { nslookup, NSLOOKUP_USAGE } from '../../../../src/shell/container/applets/nslookup.js';
import { usageText } from '../../../../src/shell/container/applets/usage.js';
import { classroomEnv, fakeIO, T1, type FakeEnvOptions, type FakeIOOptions } from './fakes.js';

async function run(args: string[], io: FakeIOOptions = {}, env: FakeEnvOptions = {}) {
  const fio = fakeIO(io);
  const code = await nslookup.run(['nslookup', ...args], fio, classroomEnv(env));
  return { code, out: fio.out, err: fio.err, sleeps: fio.sleeps };
}

const HEADER = 'Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\n';
const EMPTY_AAAA = 'Non-authoritative answer:\n\n';

describe('nslookup: answers from the embedded DNS', () => {
  const cases: Array<{ args: string[]; out: string; code: number }> = [
    {
      args: ['tasks.teste_discovery_search'],
      out: `${HEADER}Non-authoritative answer:\nName:\ttasks.teste_discovery_search\nAddress: 10.0.1.4\nName:\ttasks.teste_discovery_search\nAddress: 10.0.1.3\n\n${EMPTY_AAAA}`,
      code: 0,
    },
    {
      args: ['teste_discovery_search'],
      out: `${HEADER}Non-authoritative answer:\nName:\tteste_discovery_search\nAddress: 10.0.1.2\n\n${EMPTY_AAAA}`,
      code: 0,
    },
    {
      args: [T1],
      out: `${HEADER}Non-authoritative answer:\nName:\t${T1}\nAddress: 10.0.1.4\n\n${EMPTY_AAAA}`,
      code: 0,
    },
    {
      args: ['10.0.1.4'],
      out: `${HEADER}Non-authoritative answer:\n4.1.0.10.in-addr.arpa\tname = ${T1}.minha_rede_overlay\n\n`,
      code: 0,
    },
    { args: ['10.0.1.2'], out: `${HEADER}** server can't find 2.1.0.10.in-addr.arpa: NXDOMAIN\n\n`, code: 1 },
    {
      args: ['nosuchname'],
      out: `${HEADER}** server can't find nosuchname: NXDOMAIN\n\n** server can't find nosuchname: NXDOMAIN\n\n`,
      code: 1,
    },
    { args: ['other_service'], out: `${HEADER}** server can't find other_service: NXDOMAIN\n\n** server can't find other_service: NXDOMAIN\n\n`, code: 1 },
    {
      args: ['teste_discovery_search', '127.0.0.11'],
      out: `${HEADER}Non-authoritative answer:\nName:\tteste_discovery_search\nAddress: 10.0.1.2\n\n${EMPTY_AAAA}`,
      code: 0,
    },
    {
      args: ['-type=a', 'teste_discovery_search'],
      out: `${HEADER}Non-authoritative answer:\nName:\tteste_discovery_search\nAddress: 10.0.1.2\n\n`,
      code: 0,
    },
    { args: ['-q=aaaa', 'teste_discovery_search'], out: `${HEADER}${EMPTY_AAAA}`, code: 0 },
    {
      args: ['-debug', 'teste_discovery_search'],
      out: `${HEADER}Query #0 completed in 0ms:\nNon-authoritative answer:\nName:\tteste_discovery_search\nAddress: 10.0.1.2\n\nQuery #1 completed in 0ms:\n${EMPTY_AAAA}`,
      code: 0,
    },
  ];
  for (const c of cases) {
    it(`nslookup ${c.args.join(' ')}`, async () => {
      const r = await run(c.args);
      expect(r.out).toBe(c.out);
      expect(r.err).toBe('');
      expect(r.code).toBe(c.code);
      expect(r.sleeps).toEqual([]);
    });
  }

  it('a search line in resolv.conf makes a bare name query only <name>.<domain>', async () => {
    const r = await run(['teste_discovery_search'], {}, { files: { '/etc/resolv.conf': 'search example.com\nnameserver 127.0.0.11\n' } });
    expect(r.out).toBe(
      `${HEADER}** server can't find teste_discovery_search.example.com: NXDOMAIN\n\n** server can't find teste_discovery_search.example.com: NXDOMAIN\n\n`,
    );
  });
});

describe('nslookup: servers that do not answer', () => {
  it('nslookup web 10.0.1.4: a live host refuses each of the 2 sends, then the 5 s timeout', async () => {
    const r = await run(['teste_discovery_search', '10.0.1.4']);
    expect(r.err).toBe('nslookup: read: Connection refused\nnslookup: read: Connection refused\n');
    expect(r.out).toBe(';; connection timed out; no servers could be reached\n\n');
    expect([r.code, r.sleeps]).toEqual([1, [2500, 2500]]);
  });

  it('nslookup web 10.9.9.9: a dead server just times out', async () => {
    const r = await run(['teste_discovery_search', '10.9.9.9']);
    expect([r.out, r.err, r.code]).toEqual([';; connection timed out; no servers could be reached\n\n', '', 1]);
  });

  it('Ctrl-C while waiting ends nslookup with status 130', async () => {
    const r = await run(['teste_discovery_search', '10.9.9.9'], { interruptAfterSleeps: 1 });
    expect([r.out, r.code]).toEqual(['', 130]);
  });

  it('without nameserver lines it asks 127.0.0.1, where nothing listens', async () => {
    const r = await run(['-timeout=1', 'teste_discovery_search'], {}, { files: { '/etc/resolv.conf': '' } });
    expect(r.err).toBe('nslookup: read: Connection refused\nnslookup: read: Connection refused\n');
    expect(r.sleeps).toEqual([500, 500]);
  });
});

describe('nslookup: errors', () => {
  const usage = usageText('nslookup', NSLOOKUP_USAGE);
  const cases: Array<{ args: string[]; err: string }> = [
    { args: [], err: usage },
    { args: ['a', 'b', 'c'], err: usage },
    { args: ['-x', 'web'], err: usage },
    { args: ['-'], err: usage },
    { args: ['-type=foo', 'web'], err: 'nslookup: invalid query type "foo"\n' },
    { args: ['-port=0', 'web'], err: 'nslookup: number 0 is not in 1..65535 range\n' },
    { args: ['web', 'nosuchserver'], err: "nslookup: bad address 'nosuchserver'\n" },
  ];
  for (const c of cases) {
    it(`nslookup ${c.args.join(' ')}`, async () => {
      const r = await run(c.args);
      expect([r.out, r.err, r.code]).toEqual(['', c.err, 1]);
    });
  }

  it('the usage text is FEATURE_NSLOOKUP_BIG', () => {
    expect(usage.split('\n').slice(1)).toEqual([
      '',
      'Usage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]',
      '',
      'Query DNS about HOST',
      '',
      'QUERY_TYPE: soa,ns,a,aaaa,cname,mx,txt,ptr,srv,any',
      '',
    ]);
  });
});
