import { interviewCalendar, mailDomain } from '@prep/mail';
import type { InterviewFacts } from '../claimed-reminder';

// The assignment records when the interview starts, not how long it lasts.
const ASSUMED_DURATION_MS = 60 * 60_000;

const FORMAT_LOCATION: Record<string, string> = { VIDEO: 'Video call', PHONE: 'Phone call', IN_PERSON: 'In person' };

/**
 * The interview as a calendar event. One UID per assignment and SEQUENCE = schedule version - 1,
 * so a reschedule updates the event already in the candidate's calendar.
 */
export function interviewEventFor(interview: InterviewFacts, fromAddress: string, now: Date): string {
  const interviewers = interview.interviewers.length > 0 ? ` Interviewers: ${interview.interviewers.join(', ')}.` : '';
  return interviewCalendar({
    uid: `assignment-${interview.id}@${mailDomain(fromAddress)}`,
    sequence: interview.scheduleVersion - 1,
    startsAt: interview.startsAt,
    endsAt: new Date(interview.startsAt.getTime() + ASSUMED_DURATION_MS),
    summary: `Interview: ${interview.role} at ${interview.company}`,
    location: interview.location ?? FORMAT_LOCATION[interview.format] ?? null,
    description: `Second interview for the ${interview.role} role at ${interview.company}.${interviewers}`,
    stampedAt: now,
  });
}
