// A C-locale, UTC-only strftime for `date +FORMAT` (musl's strftime conversions). Containers run
// with TZ unset, so local time is UTC and %Z prints "UTC".

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number, width = 2, fill = '0'): string => String(n).padStart(width, fill);

/** strftime formats ms-since-epoch with format, in UTC; unknown conversions are kept as typed. */
export function strftime(format: string, ms: number): string {
  const d = new Date(ms);
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i] ?? '';
    if (c !== '%' || i === format.length - 1) {
      out += c;
      continue;
    }
    const spec = format[++i] ?? '';
    const value = convert(spec, d, ms);
    out += value ?? `%${spec}`;
  }
  return out;
}

function convert(spec: string, d: Date, ms: number): string | undefined {
  const hour12 = d.getUTCHours() % 12 === 0 ? 12 : d.getUTCHours() % 12;
  const yday = Math.floor((ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
  switch (spec) {
    case 'a': return (DAYS[d.getUTCDay()] ?? '').slice(0, 3);
    case 'A': return DAYS[d.getUTCDay()];
    case 'b': case 'h': return (MONTHS[d.getUTCMonth()] ?? '').slice(0, 3);
    case 'B': return MONTHS[d.getUTCMonth()];
    case 'c': return strftime('%a %b %e %H:%M:%S %Y', ms);
    case 'C': return pad(Math.floor(d.getUTCFullYear() / 100));
    case 'd': return pad(d.getUTCDate());
    case 'D': return strftime('%m/%d/%y', ms);
    case 'e': return pad(d.getUTCDate(), 2, ' ');
    case 'F': return strftime('%Y-%m-%d', ms);
    case 'H': return pad(d.getUTCHours());
    case 'I': return pad(hour12);
    case 'j': return pad(yday, 3);
    case 'k': return pad(d.getUTCHours(), 2, ' ');
    case 'l': return pad(hour12, 2, ' ');
    case 'm': return pad(d.getUTCMonth() + 1);
    case 'M': return pad(d.getUTCMinutes());
    case 'n': return '\n';
    case 'p': return d.getUTCHours() < 12 ? 'AM' : 'PM';
    case 'r': return strftime('%I:%M:%S %p', ms);
    case 'R': return strftime('%H:%M', ms);
    case 's': return String(Math.floor(ms / 1000));
    case 'S': return pad(d.getUTCSeconds());
    case 't': return '\t';
    case 'T': return strftime('%H:%M:%S', ms);
    case 'u': return String(d.getUTCDay() === 0 ? 7 : d.getUTCDay());
    case 'w': return String(d.getUTCDay());
    case 'x': return strftime('%m/%d/%y', ms);
    case 'X': return strftime('%H:%M:%S', ms);
    case 'y': return pad(d.getUTCFullYear() % 100);
    case 'Y': return String(d.getUTCFullYear());
    case 'z': return '+0000';
    case 'Z': return 'UTC';
    case '%': return '%';
    default: return undefined;
  }
}
