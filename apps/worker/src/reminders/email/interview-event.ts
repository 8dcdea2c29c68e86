import { interviewCalendar, mailDomain } from '@prep/mail';
import type { CalendarParty } from '@prep/mail';
import type { InterviewFacts } from '../claimed-reminder';

const FORMAT_LOCATION: Record<string, string> = { VIDEO: 'Video call', PHONE: 'Phone call', IN_PERSON: 'In person' };

/** The reminder kind that tells the candidate the interview is off; its event cancels the calendar entry. */
export const INTERVIEW_CANCELLED_KIND = 'interview-cancelled';

export interface InterviewEventParties {
  organizer: CalendarParty;
  attendee: CalendarParty;
  durationMinutes: number;
  cancelled: boolean;
}

/**
 * The interview as an iTIP message. One UID per assignment; SEQUENCE = schedule version - 1, so a
 * reschedule updates the event already in the candidate's calendar, and the cancellation goes one
 * higher than the last version sent so calendars accept it.
 */
export function interviewEventFor(interview: InterviewFacts, parties: InterviewEventParties, now: Date): string {
  const interviewers = interview.interviewers.length > 0 ? ` Interviewers: ${interview.interviewers.join(', ')}.` : '';
  return interviewCalendar({
    uid: `assignment-${interview.id}@${mailDomain(parties.organizer.address)}`,
    sequence: parties.cancelled ? interview.scheduleVersion : interview.scheduleVersion - 1,
    method: parties.cancelled ? 'CANCEL' : 'REQUEST',
    startsAt: interview.startsAt,
    endsAt: new Date(interview.startsAt.getTime() + parties.durationMinutes * 60_000),
    summary: `Interview: ${interview.role} at ${interview.company}`,
    location: interview.location ?? FORMAT_LOCATION[interview.format] ?? null,
    description: `Second interview for the ${interview.role} role at ${interview.company}.${interviewers}`,
    stampedAt: now,
    organizer: parties.organizer,
    attendee: parties.attendee,
  });
}
