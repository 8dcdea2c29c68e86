import {
  canTransitionReminder,
  isPendingReminder,
  nextReminderVersion,
  PENDING_REMINDER_STATUSES_SQL,
  ReminderStatus,
  reminderVersionBefore,
} from './reminder-status';

const { SCHEDULED, QUEUED, SENT, SKIPPED, CANCELLED, FAILED } = ReminderStatus;

describe('reminder status', () => {
  it('counts only planned and queued reminders as still to be sent', () => {
    expect(Object.values(ReminderStatus).filter(isPendingReminder)).toEqual([SCHEDULED, QUEUED]);
    expect(PENDING_REMINDER_STATUSES_SQL).toBe("'SCHEDULED', 'QUEUED'");
  });

  it.each([
    [SCHEDULED, QUEUED],
    [QUEUED, QUEUED],
    [SCHEDULED, SCHEDULED],
    [QUEUED, SENT],
    [QUEUED, SKIPPED],
    [SCHEDULED, CANCELLED],
    [QUEUED, FAILED],
    [FAILED, SCHEDULED],
  ])('allows %s → %s', (from, to) => {
    expect(canTransitionReminder(from, to)).toBe(true);
  });

  it.each([
    [SENT, SCHEDULED],
    [SKIPPED, SCHEDULED],
    [CANCELLED, QUEUED],
    [FAILED, SKIPPED],
    [FAILED, QUEUED],
  ])('refuses %s → %s', (from, to) => {
    expect(canTransitionReminder(from, to)).toBe(false);
  });

  it('raises the version by one on every change, so an older timer finds nothing', () => {
    expect(nextReminderVersion(3)).toBe(4);
    expect(reminderVersionBefore(nextReminderVersion(3))).toBe(3);
  });
});
