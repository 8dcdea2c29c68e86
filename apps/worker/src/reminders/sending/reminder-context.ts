import type { AssignmentStatus } from '@prep/domain';
import type { ClaimedReminder } from './claimed-reminder';
import type { PlanSnapshot } from './plan-items';
import type { SendTimeFacts } from './send-time-check';

/** The interview as the email and its calendar event describe it. */
export interface InterviewFacts {
  id: string;
  company: string;
  role: string;
  startsAt: Date;
  timeZone: string;
  format: string;
  location: string | null;
  interviewers: string[];
  scheduleVersion: number;
}

/** Everything a due reminder is checked against and rendered from, read by the statement that claimed it. */
export interface ReminderContext {
  organization: { name: string; emailSenderName: string | null };
  assignment: InterviewFacts & { status: AssignmentStatus; followUpSent: boolean; plan: PlanSnapshot };
  candidate: { id: string; name: string; email: string; timeZone: string; unsubscribed: boolean };
  coach: { name: string; email: string };
  doneItemKeys: Set<string>;
  /** Past ASSIGNED, or any item done, noted or chosen. */
  candidateStarted: boolean;
}

export function sendTimeFacts(reminder: ClaimedReminder, context: ReminderContext): SendTimeFacts {
  return {
    reminder,
    assignment: {
      status: context.assignment.status,
      scheduleVersion: context.assignment.scheduleVersion,
      followUpSent: context.assignment.followUpSent,
    },
    candidateUnsubscribed: context.candidate.unsubscribed,
    doneItemKeys: context.doneItemKeys,
    candidateStarted: context.candidateStarted,
  };
}
