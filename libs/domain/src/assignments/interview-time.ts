/** "Monday, 4 May 2026, 14:30 Central European Summer Time (Europe/Berlin)": the zone always named. */
export function formatInterviewTime(instant: Date, timeZone: string, locale = 'en-GB'): string {
  return `${formatterFor(locale, timeZone).format(instant)} (${timeZone})`;
}

// Building a formatter costs far more than using one; a process meets few zones and locales.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'long',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}
