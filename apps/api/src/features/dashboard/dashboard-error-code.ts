export enum DashboardErrorCode {
  InvalidRange = 'DASHBOARD_INVALID_RANGE',
}
