// The timestamp formats servers write in responses and logs, always in UTC (containers run with
// TZ unset): HTTP-date (RFC 9110 IMF-fixdate), nginx/Apache $time_local, Go's log package,
// Apache's error-log stamp and redis' log stamp.

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number): string => String(n).padStart(2, '0');

const DAY_MS = 86_400_000;

/** civil turns days since 1970-01-01 into a UTC year, month (1-12) and day (Hinnant's days_from_civil, inverted). */
function civil(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

// The cluster core never builds Date objects (architecture rule), so UTC fields are computed here.
function parts(ms: number) {
  const days = Math.floor(ms / DAY_MS);
  const inDay = ms - days * DAY_MS;
  const { year, month, day } = civil(days);
  const secs = Math.floor(inDay / 1000);
  return {
    day: DAYS[(((days + 4) % 7) + 7) % 7] ?? 'Sun',
    date: day,
    month: MONTHS[month - 1] ?? 'Jan',
    monthNumber: month,
    year,
    time: `${two(Math.floor(secs / 3600))}:${two(Math.floor(secs / 60) % 60)}:${two(secs % 60)}`,
    millis: String(inDay % 1000).padStart(3, '0'),
  };
}

/** httpDate is the Date header: `Sun, 22 Nov 2026 20:00:00 GMT`. */
export function httpDate(ms: number): string {
  const p = parts(ms);
  return `${p.day}, ${two(p.date)} ${p.month} ${p.year} ${p.time} GMT`;
}

/** timeLocal is nginx's and Apache's $time_local: `22/Nov/2026:20:00:00 +0000`. */
export function timeLocal(ms: number): string {
  const p = parts(ms);
  return `${two(p.date)}/${p.month}/${p.year}:${p.time} +0000`;
}

/** goLogTime is Go's log.Printf prefix: `2026/11/22 20:00:00`. */
export function goLogTime(ms: number): string {
  const p = parts(ms);
  return `${p.year}/${two(p.monthNumber)}/${two(p.date)} ${p.time}`;
}

/** apacheErrorTime is Apache's error-log stamp: `Sun Nov 22 20:00:00.123456 2026`. */
export function apacheErrorTime(ms: number, micros: string): string {
  const p = parts(ms);
  return `${p.day} ${p.month} ${two(p.date)} ${p.time}.${p.millis}${micros} ${p.year}`;
}

/** redisTime is redis' log stamp: `22 Nov 2026 20:00:00.123`. */
export function redisTime(ms: number): string {
  const p = parts(ms);
  return `${two(p.date)} ${p.month} ${p.year} ${p.time}.${p.millis}`;
}
