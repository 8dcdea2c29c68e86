import { interviewCalendar, mailDomain } from '@prep/mail';
import type { AssignmentEntity } from '@prep/persistence';

// The assignment records when the interview starts, not how long it lasts.
const ASSUMED_DURATION_MS = 60 * 60_000;

const FORMAT_LOCATION: Record<string, string> = { VIDEO: 'Video call', PHONE: 'Phone call', IN_PERSON: 'In person' };

/**
 * The interview as a calendar event. One UID per assignment and SEQUENCE = schedule version - 1,
 * so a reschedule updates the event already in the candidate's calendar.
 */
export function interviewEventFor(assignment: AssignmentEntity, fromAddress: string, now: Date): string {
  const interviewers = assignment.interviewers.length > 0 ? ` Interviewers: ${assignment.interviewers.join(', ')}.` : '';
  return interviewCalendar({
    uid: `assignment-${assignment.id}@${mailDomain(fromAddress)}`,
    sequence: assignment.scheduleVersion - 1,
    startsAt: assignment.startsAt,
    endsAt: new Date(assignment.startsAt.getTime() + ASSUMED_DURATION_MS),
    summary: `Interview: ${assignment.role} at ${assignment.company}`,
    location: assignment.location ?? FORMAT_LOCATION[assignment.format] ?? null,
    description: `Second interview for the ${assignment.role} role at ${assignment.company}.${interviewers}`,
    stampedAt: now,
  });
}
