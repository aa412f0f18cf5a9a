// Fixtures modelled on Go's text/template exec_test.go: the tVal struct and the test FuncMap,
// written in our value model (goStruct, Map instances, goMethod, GoFunc).
import { fn, type FuncMap } from '../../../../../src/docker/format/go-template/funcs.js';
import { sprint, sprintf, sprintln } from '../../../../../src/docker/format/go-template/printf.js';
import { GoCallError, GoComplex, GoFloat, GoFunc, goMethod, goStruct } from '../../../../../src/docker/format/go-template/values.js';

const u = goStruct({ V: 'v', TrueFalse: goMethod(['any'], (b: unknown) => (b ? 'true' : '')) }, '*template.U');

/** tVal mirrors exec_test.go's tVal for the fields our value model can express. */
export const tVal = goStruct(
  {
    True: true,
    I: 17,
    U16: 16,
    X: 'x',
    S: 'xyz',
    U: u,
    FloatZero: new GoFloat(0),
    ComplexZero: new GoComplex(0, 0),
    MSIone: new Map([['one', 1]]),
    MSIEmpty: new Map<string, number>(),
    MXI: new Map([['one', 1]]),
    MSI: new Map([['one', 1], ['two', 2], ['three', 3]]),
    SMSI: [new Map([['one', 1], ['two', 2]]), new Map([['eleven', 11], ['twelve', 12]])],
    SI: [3, 4, 5],
    SIEmpty: [] as number[],
    SB: [true, false],
    AI: [3, 4, 5],
    Empty1: 3,
    Empty2: 'empty2',
    Empty3: [7, 8],
    Empty4: goStruct({ V: 'UinEmpty' }, 'template.UinEmpty'),
    PI: 23,
    PS: 'a string',
    PSI: [21, 22, 23],
    NIL: null,
    Method0: () => 'M0',
    Method1: goMethod(['int'], (a: number) => a, 'int'),
    Method2: goMethod(['int', 'string'], (a: number, b: string) => `Method2: ${a} ${b}`),
    Method3: new GoFunc({ params: ['any'] }, (a, ctx) => `Method3: ${sprint([a[0]], ctx)}`),
    MAdd: goMethod(['int', 'value'], (a: number, b: number[]) => b.map((x) => x + a), '[]int'),
    MyError: goMethod(['any'], (e: unknown) => {
      if (e) throw new GoCallError('my error');
      return false;
    }, 'bool'),
    GetU: () => u,
  },
  '*template.T',
);

/** FUNCS are exec_test.go's testExecute FuncMap. */
export const FUNCS: FuncMap = {
  add: fn([], 'int', (a) => a.reduce((s: number, x) => s + Number(x), 0), 'int'),
  dddArg: fn(['int'], 'string', (a, ctx) => sprintln([a[0], a.slice(1)], ctx)),
  die: fn([], undefined, () => {
    throw new GoCallError('die');
  }, 'bool'),
  echo: fn(['any'], undefined, (a) => a[0], 'interface {}'),
  makemap: fn([], 'string', (a) => {
    const m = new Map<string, string>();
    for (let i = 0; i + 1 < a.length; i += 2) m.set(a[i] as string, a[i + 1] as string);
    return m;
  }, 'map[string]string'),
  mapOfThree: fn([], undefined, () => new Map([['three', 3]]), 'interface {}'),
  oneArg: fn(['string'], undefined, (a) => `oneArg=${String(a[0])}`),
  returnInt: fn([], undefined, () => 7, 'int'),
  twoArgs: fn(['string', 'string'], undefined, (a) => `twoArgs=${String(a[0])}${String(a[1])}`),
  typeOf: fn(['any'], undefined, (a, ctx) => sprintf('%T', [a[0]], ctx)),
  valueString: fn(['string'], undefined, () => 'value is ignored'),
  zeroArgs: fn([], undefined, () => 'zeroArgs'),
};
