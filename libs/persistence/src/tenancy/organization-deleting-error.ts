/** The organization was deleted by its OWNER: nothing may be read or changed in it any more. */
export class OrganizationDeletingError extends Error {
  constructor(readonly organizationId: string) {
    super('This organization has been deleted');
    this.name = 'OrganizationDeletingError';
  }
}
