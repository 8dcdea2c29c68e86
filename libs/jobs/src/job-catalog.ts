/**
 * Every queue and job of the system, declared once. Job names are unique across queues.
 * Payloads carry ids only: a handler reads the current state from Postgres when it runs.
 */
export const QUEUE_NAMES = ['maintenance', 'reminders', 'mail'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/**
 * Jobs each worker process runs at once, per queue. A reminder job spends most of its time
 * waiting on Postgres and the SMTP server, so more of them in flight keep the process busy.
 */
export const QUEUE_CONCURRENCY: Readonly<Record<QueueName, number>> = { reminders: 32, mail: 8, maintenance: 8 };

export interface JobDefinitions {
  /** Deletes an organization's expired sessions and invitations. */
  'purge-expired-credentials': { queue: 'maintenance'; payload: { organizationId: string } };
  /** Repeating, daily: enqueues the retention run of every organization that limits how long it keeps candidates. */
  'plan-candidate-retention': { queue: 'maintenance'; payload: Record<string, never> };
  /** Erases an organization's candidates whose retention period has passed. */
  'erase-expired-candidates': { queue: 'maintenance'; payload: { organizationId: string } };
  /** Repeating, every 15 minutes: enqueues the at-risk alert run of every organization with open assignments. */
  'plan-at-risk-alerts': { queue: 'maintenance'; payload: Record<string, never> };
  /** Records the organization's newly at-risk assignments and emails each coach one digest of theirs. */
  'send-at-risk-alerts': { queue: 'maintenance'; payload: { organizationId: string } };
  /** Deletes every row of an organization its OWNER deleted, in batches; resumes where it stopped. */
  'delete-organization': { queue: 'maintenance'; payload: { organizationId: string } };
  /** Sends one reminder row if it is still due and still at this version. */
  'send-reminder': { queue: 'reminders'; payload: { organizationId: string; reminderId: string; version: number } };
  /** Repeating: gives every row due within the horizon a timer (re-creating any Redis lost). */
  'schedule-reminders': { queue: 'reminders'; payload: Record<string, never> };
  /** Emails an invited member a link to set their password and join, unless the invitation moved past this version. */
  'send-member-invitation': {
    queue: 'mail';
    payload: { organizationId: string; memberId: string; inviterMemberId: string; invitationVersion: number };
  };
  /** Emails a member a single-use link to choose a new password, if the request is still open. */
  'send-password-reset': { queue: 'mail'; payload: { organizationId: string; passwordResetId: string } };
}

export type JobName = keyof JobDefinitions;
export type JobPayload<TName extends JobName> = JobDefinitions[TName]['payload'];

export const JOB_QUEUES: { readonly [TName in JobName]: JobDefinitions[TName]['queue'] } = {
  'purge-expired-credentials': 'maintenance',
  'plan-candidate-retention': 'maintenance',
  'erase-expired-candidates': 'maintenance',
  'delete-organization': 'maintenance',
  'plan-at-risk-alerts': 'maintenance',
  'send-at-risk-alerts': 'maintenance',
  'send-reminder': 'reminders',
  'schedule-reminders': 'reminders',
  'send-member-invitation': 'mail',
  'send-password-reset': 'mail',
};

export const JOB_NAMES = Object.keys(JOB_QUEUES) as JobName[];

export function jobsOfQueue(queue: QueueName): JobName[] {
  return JOB_NAMES.filter((name) => JOB_QUEUES[name] === queue);
}
