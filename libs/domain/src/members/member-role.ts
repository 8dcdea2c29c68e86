// Keys equal values: they are also the GraphQL enum names clients send.
export enum MemberRole {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
  COACH = 'COACH',
}

/** OWNER and ADMIN see and manage the whole organization; a COACH works on their own candidates. */
export function seesWholeOrganization(role: MemberRole): boolean {
  return role === MemberRole.OWNER || role === MemberRole.ADMIN;
}

export function canManageMembers(role: MemberRole): boolean {
  return seesWholeOrganization(role);
}
