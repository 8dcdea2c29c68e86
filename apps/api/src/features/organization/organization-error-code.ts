export enum OrganizationErrorCode {
  SlugMismatch = 'ORGANIZATION_SLUG_MISMATCH',
  /** The organization was deleted: its sessions, sign-ins and requests are refused. */
  Deleted = 'ORGANIZATION_DELETED',
}
