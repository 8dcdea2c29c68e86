export enum OrganizationSettingsErrorCode {
  InvalidQuietHours = 'INVALID_QUIET_HOURS',
  InvalidRetentionDays = 'INVALID_RETENTION_DAYS',
}
