import { judgeMemberChange, leavesAnOwner } from './member-management';
import { MemberRole } from './member-role';

const { OWNER, ADMIN, COACH } = MemberRole;

describe('judgeMemberChange', () => {
  it('lets OWNER and ADMIN manage coaches and admins', () => {
    expect(judgeMemberChange(ADMIN, COACH, ADMIN)).toBe('allowed');
    expect(judgeMemberChange(ADMIN, ADMIN)).toBe('allowed');
    expect(judgeMemberChange(OWNER, COACH)).toBe('allowed');
  });

  it('keeps OWNERs out of an ADMIN’s reach, and making an OWNER too', () => {
    expect(judgeMemberChange(ADMIN, OWNER, COACH)).toBe('owner-only');
    expect(judgeMemberChange(ADMIN, OWNER)).toBe('owner-only');
    expect(judgeMemberChange(ADMIN, COACH, OWNER)).toBe('owner-only');
    expect(judgeMemberChange(OWNER, OWNER, ADMIN)).toBe('allowed');
  });

  it('refuses a COACH whatever the change', () => {
    expect(judgeMemberChange(COACH, COACH, ADMIN)).toBe('not-a-manager');
    expect(judgeMemberChange(COACH, OWNER)).toBe('not-a-manager');
  });
});

describe('leavesAnOwner', () => {
  it('refuses to demote or remove the last OWNER', () => {
    expect(leavesAnOwner(OWNER, 1, ADMIN)).toBe(false);
    expect(leavesAnOwner(OWNER, 1)).toBe(false);
    expect(leavesAnOwner(OWNER, 2, ADMIN)).toBe(true);
  });

  it('does not care about changes that keep or do not touch an OWNER', () => {
    expect(leavesAnOwner(OWNER, 1, OWNER)).toBe(true);
    expect(leavesAnOwner(ADMIN, 0, COACH)).toBe(true);
  });
});
