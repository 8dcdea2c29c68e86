export enum OrganizationSettingsErrorCode {
  InvalidQuietHours = 'INVALID_QUIET_HOURS',
}
