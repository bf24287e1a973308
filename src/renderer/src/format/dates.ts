// Dates as the app shows and takes them: YYYY-MM-DD, times in local time.
const pad = (n: number) => String(n).padStart(2, '0');

/** A Date as a local calendar date, YYYY-MM-DD. */
export function localDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** An ISO timestamp (UTC) as local `YYYY-MM-DD HH:mm`; the raw text if it does not parse. */
export function localDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${localDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
