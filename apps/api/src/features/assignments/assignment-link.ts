/** Links keep working for a while after the interview (reflection, follow-up), then expire. */
export function linkExpiry(startsAt: Date, ttlDaysAfterInterview: number): Date {
  return new Date(startsAt.getTime() + ttlDaysAfterInterview * 24 * 3600 * 1000);
}
