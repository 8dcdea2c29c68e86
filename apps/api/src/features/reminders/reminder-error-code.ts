export enum ReminderErrorCode {
  NotFound = 'REMINDER_NOT_FOUND',
  NotPending = 'REMINDER_NOT_PENDING',
}
