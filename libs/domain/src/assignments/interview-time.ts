/** "Monday, 4 May 2026, 14:30 Central European Summer Time (Europe/Berlin)": the zone always named. */
export function formatInterviewTime(instant: Date, timeZone: string, locale = 'en-GB'): string {
  const local = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'long',
  }).format(instant);
  return `${local} (${timeZone})`;
}
