// docker's value types behind the simulated service flags: docker/cli v28.2.2 opts/opts.go
// (ValidateLabel), opts/env.go (ValidateEnv), opts/network.go (NetworkOpt.Set),
// cli/command/service/opts.go (makeEnv) and google/shlex (ShlexOpt, `--args`).
import { describe, expect, it } from 'vitest';
import { kvMap, makeEnv, parseNetwork, shlexSplit, validateEnv, validateLabel } from '../../../../src/docker/service/opts.js';

describe('service flag values', () => {
  it('validates labels and env like docker', () => {
    expect(validateLabel('a=b')).toEqual({ ok: true, value: 'a=b' });
    expect(validateLabel(' =b')).toEqual({ ok: false, error: "invalid label ' =b': empty name" });
    expect(validateLabel('a b=c')).toEqual({ ok: false, error: "label 'a b' contains whitespaces" });
    expect(validateEnv('FOO')).toEqual({ ok: true, value: 'FOO' });
    expect(validateEnv('=x')).toEqual({ ok: false, error: 'invalid environment variable: =x' });
  });

  it('keeps the last value of an env key, and maps labels', () => {
    expect(makeEnv(['A=1', 'B=2', 'A=3', 'C'])).toEqual(['B=2', 'A=3', 'C']);
    expect(kvMap(['a=1', 'b', 'a=2', 'c=x=y'])).toEqual({ a: '2', b: '', c: 'x=y' });
  });

  it('parses --network short and long forms', () => {
    expect(parseNetwork('minha_rede_overlay')).toEqual({ ok: true, value: { target: 'minha_rede_overlay', aliases: [] } });
    expect(parseNetwork('name=Net,alias=a,alias=b')).toEqual({ ok: true, value: { target: 'net', aliases: ['a', 'b'] } });
    expect(parseNetwork('alias=a,foo=b')).toEqual({ ok: false, error: 'invalid field key foo' });
    expect(parseNetwork('alias=a')).toEqual({ ok: false, error: 'network name/id is not specified' });
  });

  it('splits --args like a shell', () => {
    expect(shlexSplit(`sleep  1h`)).toEqual(['sleep', '1h']);
    expect(shlexSplit(`sh -c "echo 'hi there'; sleep 9"`)).toEqual(['sh', '-c', "echo 'hi there'; sleep 9"]);
    expect(shlexSplit(`a\\ b '' c`)).toEqual(['a b', '', 'c']);
  });
});
