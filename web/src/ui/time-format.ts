// Short human times: "4m", "3h", "2d" for waits; a local date-time for messages.

export function shortDuration(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 1) return 'now';
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.floor(hours / 24)}d`;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

export function messageTime(iso: string, now = Date.now()): string {
  const at = new Date(iso);
  return now - at.getTime() < 20 * 3_600_000 ? timeOnly.format(at) : dateTime.format(at);
}

export function fullTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/** The value a datetime-local input expects, in the browser's time zone. */
export function toLocalInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
