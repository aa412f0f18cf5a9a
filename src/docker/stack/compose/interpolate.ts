// Variable substitution in compose values (docker/cli v28.2.2 cli/compose/template/template.go
// as loader/interpolate.go applies it): `$$` is a literal `$`; `$VAR`, `${VAR}`, `${VAR:-default}`,
// `${VAR-default}`, `${VAR:?err}` and `${VAR?err}`. The CLI's environment on a lab node is empty,
// so every variable is unset and defaults apply.

const PATTERN = /\$(?:(\$)|([_a-zA-Z][_a-zA-Z0-9]*)|\{([^}]*)\}|)/g;
const BRACED = /^([_a-zA-Z][_a-zA-Z0-9]*)(?:(:?[-?])(.*))?$/s;

/** InterpolationError is an invalid `${...}` or a required variable that is unset. */
export class InterpolationError extends Error {}

function substitute(text: string, env: Readonly<Record<string, string>>): string {
  return text.replace(PATTERN, (_match, dollar: string | undefined, name: string | undefined, braced: string | undefined) => {
    if (dollar) return '$';
    if (name) return env[name] ?? '';
    if (braced === undefined) throw new InterpolationError(`Invalid template: ${JSON.stringify(text)}`);
    const m = BRACED.exec(braced);
    if (!m) throw new InterpolationError(`Invalid template: ${JSON.stringify(text)}`);
    const [, variable = '', op, arg = ''] = m;
    const value = env[variable];
    const unset = op?.startsWith(':') ? value === undefined || value === '' : value === undefined;
    if (op?.endsWith('-')) return unset ? arg : (value ?? '');
    if (op?.endsWith('?') && unset) throw new InterpolationError(`required variable ${variable} is missing a value: ${arg}`);
    return value ?? '';
  });
}

/** interpolateDocument replaces variables in every string value (keys are left alone), returning a copy. */
export function interpolateDocument(value: unknown, env: Readonly<Record<string, string>> = {}): unknown {
  if (typeof value === 'string') return value.includes('$') ? substitute(value, env) : value;
  if (Array.isArray(value)) return value.map((v) => interpolateDocument(v, env));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolateDocument(v, env)]));
  }
  return value;
}
