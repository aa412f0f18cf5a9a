// Go's strconv, time.ParseDuration, Duration.String, encoding/csv and %q, with their error texts.
import { describe, expect, it } from 'vitest';
import {
  formatGoDuration, goQuote, goQuoteByteOf, goTimeQuote, parseGoBool, parseGoDuration, parseGoFloat,
  parseGoIntBig, parseGoUintBig, type GoResult,
} from '../../../../src/docker/cli/index.js';
import { readCsvRecord, writeCsvRecord } from '../../../../src/docker/cli/go-csv.js';

const show = <T>(r: GoResult<T>): T | string => (r.ok ? r.value : `error: ${r.error}`);

describe('strconv.ParseInt(s, 0, 64)', () => {
  it.each([
    ['42', 42n], ['+5', 5n], ['-0x10', -16n], ['0x1f', 31n], ['0b101', 5n], ['0o17', 15n], ['017', 15n], ['0', 0n],
    ['1_000', 1000n], ['0x_1f', 31n], ['9223372036854775807', 9223372036854775807n], ['-9223372036854775808', -9223372036854775808n],
    ['abc', 'error: strconv.ParseInt: parsing "abc": invalid syntax'],
    ['', 'error: strconv.ParseInt: parsing "": invalid syntax'],
    ['-', 'error: strconv.ParseInt: parsing "-": invalid syntax'],
    ['08', 'error: strconv.ParseInt: parsing "08": invalid syntax'],
    ['1e3', 'error: strconv.ParseInt: parsing "1e3": invalid syntax'],
    [' 1', 'error: strconv.ParseInt: parsing " 1": invalid syntax'],
    ['_1', 'error: strconv.ParseInt: parsing "_1": invalid syntax'],
    ['1__0', 'error: strconv.ParseInt: parsing "1__0": invalid syntax'],
    ['0x', 'error: strconv.ParseInt: parsing "0x": invalid syntax'],
    ['9223372036854775808', 'error: strconv.ParseInt: parsing "9223372036854775808": value out of range'],
    ['-9223372036854775809', 'error: strconv.ParseInt: parsing "-9223372036854775809": value out of range'],
    ['99999999999999999999x', 'error: strconv.ParseInt: parsing "99999999999999999999x": value out of range'],
    ['ünïcode', 'error: strconv.ParseInt: parsing "ünïcode": invalid syntax'],
    ['tab\there', 'error: strconv.ParseInt: parsing "tab\\there": invalid syntax'],
  ] as [string, bigint | string][])('%j', (s, expected) => expect(show(parseGoIntBig(s))).toBe(expected));
});

describe('strconv.ParseUint(s, 0, 64)', () => {
  it.each([
    ['3', 3n], ['18446744073709551615', 18446744073709551615n],
    ['abc', 'error: strconv.ParseUint: parsing "abc": invalid syntax'],
    ['-1', 'error: strconv.ParseUint: parsing "-1": invalid syntax'],
    ['18446744073709551616', 'error: strconv.ParseUint: parsing "18446744073709551616": value out of range'],
  ] as [string, bigint | string][])('%j', (s, expected) => expect(show(parseGoUintBig(s))).toBe(expected));
});

describe('strconv.ParseBool', () => {
  it.each([
    ['1', true], ['t', true], ['T', true], ['TRUE', true], ['true', true], ['True', true],
    ['0', false], ['f', false], ['F', false], ['FALSE', false], ['false', false], ['False', false],
    ['yes', 'error: strconv.ParseBool: parsing "yes": invalid syntax'],
    ['tRUE', 'error: strconv.ParseBool: parsing "tRUE": invalid syntax'],
  ] as [string, boolean | string][])('%j', (s, expected) => expect(show(parseGoBool(s))).toBe(expected));
});

describe('strconv.ParseFloat', () => {
  it.each([
    ['0.5', 64, 0.5], ['1.', 64, 1], ['.5', 64, 0.5], ['1e3', 64, 1000], ['-2.5E-1', 64, -0.25], ['1_000.5', 64, 1000.5],
    ['0x1p-2', 64, 0.25], ['0x1.8p3', 64, 12], ['inf', 64, Infinity], ['-Infinity', 64, -Infinity], ['+INF', 64, Infinity],
    ['abc', 64, 'error: strconv.ParseFloat: parsing "abc": invalid syntax'],
    ['.', 64, 'error: strconv.ParseFloat: parsing ".": invalid syntax'],
    ['1e', 64, 'error: strconv.ParseFloat: parsing "1e": invalid syntax'],
    ['0x1', 64, 'error: strconv.ParseFloat: parsing "0x1": invalid syntax'],
    ['infx', 64, 'error: strconv.ParseFloat: parsing "infx": invalid syntax'],
    ['+nan', 64, 'error: strconv.ParseFloat: parsing "+nan": invalid syntax'],
    ['1e999', 64, 'error: strconv.ParseFloat: parsing "1e999": value out of range'],
    ['3.5e38', 32, 'error: strconv.ParseFloat: parsing "3.5e38": value out of range'],
    ['0.1', 32, Math.fround(0.1)],
  ] as [string, 32 | 64, number | string][])('%j (%d bits)', (s, bits, expected) => {
    expect(show(parseGoFloat(s, bits))).toBe(expected);
  });
  it('parses nan', () => expect(show(parseGoFloat('NaN'))).toBeNaN());
});

describe('time.ParseDuration', () => {
  it.each([
    ['5s', 5e9], ['1m30s', 90e9], ['1h', 3.6e12], ['50m', 3e12], ['300ms', 3e8], ['-1s', -1e9], ['+5s', 5e9],
    ['1.5h', 5.4e12], ['.5s', 5e8], ['1µs', 1000], ['1μs', 1000], ['1us', 1000], ['10ns', 10], ['0', 0], ['-0', 0],
    ['1h2m3.5s', 3723.5e9], ['9223372036854775807ns', 9223372036854775807],
    ['', 'error: time: invalid duration ""'],
    ['abc', 'error: time: invalid duration "abc"'],
    ['-', 'error: time: invalid duration "-"'],
    ['.s', 'error: time: invalid duration ".s"'],
    ['5', 'error: time: missing unit in duration "5"'],
    ['1.5.5s', 'error: time: missing unit in duration "1.5.5s"'],
    ['5x', 'error: time: unknown unit "x" in duration "5x"'],
    ['5sec', 'error: time: unknown unit "sec" in duration "5sec"'],
    ['5é', 'error: time: unknown unit "\\xc3\\xa9" in duration "5\\xc3\\xa9"'],
    ['9223372036854775808ns', 'error: time: invalid duration "9223372036854775808ns"'],
    ['3000000h', 'error: time: invalid duration "3000000h"'],
  ] as [string, number | string][])('%j', (s, expected) => expect(show(parseGoDuration(s))).toBe(expected));
});

describe('Duration.String', () => {
  it.each([
    [0, '0s'], [5e9, '5s'], [10e9, '10s'], [90e9, '1m30s'], [3.6e12, '1h0m0s'], [3e8, '300ms'], [1500, '1.5µs'],
    [5, '5ns'], [-1e9, '-1s'], [1.5e9, '1.5s'], [1001000000, '1.001s'], [3723.5e9, '1h2m3.5s'],
  ])('%d ns', (ns, expected) => expect(formatGoDuration(ns)).toBe(expected));
});

describe('Go quoting', () => {
  it.each([
    ['abc', '"abc"'], ['a"b', '"a\\"b"'], ['a\\b', '"a\\\\b"'], ['\x07\b\f\n\r\t\v', '"\\a\\b\\f\\n\\r\\t\\v"'],
    ['\x00\x1b\x7f', '"\\x00\\x1b\\x7f"'], ['é日本😀', '"é日本😀"'], ['\u00a0\u200b', '"\\u00a0\\u200b"'],
    ['\u{e0001}', '"\\U000e0001"'],
  ])('strconv.Quote(%j)', (s, expected) => expect(goQuote(s)).toBe(expected));
  it.each([['x', "'x'"], ["'", "'\\''"], ['é', "'Ã'"], ['\n', "'\\n'"], ['\u0080', "'Â'"]])(
    '%%q of the first byte of %j', (s, expected) => expect(goQuoteByteOf(s)).toBe(expected),
  );
  it('time quote escapes non-ASCII bytes', () => expect(goTimeQuote('a"é\n')).toBe('"a\\"\\xc3\\xa9\\x0a"'));
});

describe('encoding/csv for stringSlice flags', () => {
  it.each([
    ['a,b', ['a', 'b']], ['', []], ['a', ['a']], ['a,', ['a', '']], [',', ['', '']], ['"a,b",c', ['a,b', 'c']],
    ['"say ""hi""",x', ['say "hi"', 'x']], ['a\nb', ['a']], [' a , b', [' a ', ' b']],
    ['a"b', 'error: parse error on line 1, column 2: bare " in non-quoted-field'],
    ['"a"b', 'error: parse error on line 1, column 3: extraneous or missing " in quoted-field'],
    ['"abc', 'error: parse error on line 1, column 5: extraneous or missing " in quoted-field'],
  ] as [string, string[] | string][])('%j', (s, expected) => expect(show(readCsvRecord(s))).toEqual(expected));
  it('writes defaults as pflag shows them', () => {
    expect(writeCsvRecord(['a', 'b c', 'd,e', ' f', ''])).toBe('a,b c,"d,e"," f",');
  });
});
