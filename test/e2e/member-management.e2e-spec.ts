import { ApiHarness, errorCode, GraphqlResponse, startApi } from '../support/api-harness';
import {
  addActiveMember,
  assignPlan,
  createCandidate,
  isolatedRedisPrefix,
  LOGIN_MUTATION,
  PASSWORD,
  REFRESH_MUTATION,
  Session,
  signUp,
  uniqueEmail,
} from '../support/fixtures';
import { closeOwnerDatabase, openOwnerDatabase, OwnerDatabase } from '../support/owner-database';

const MEMBER_FIELDS = 'id name email role status removedAt';
const CHANGE_ROLE = `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { ${MEMBER_FIELDS} } }`;
const REMOVE = `mutation($input: RemoveMemberInput!) { removeMember(input: $input) {
  member { ${MEMBER_FIELDS} } handedOverTo { id } candidatesMoved assignmentsMoved coachAlertsReaddressed sessionsEnded } }`;
const TRANSFER = `mutation($id: ID!) { transferOwnership(memberId: $id) { owner { id role } previousOwner { id role } } }`;
const RESEND = `mutation($id: ID!) { resendInvitation(memberId: $id) { invitationToken member { id status } } }`;
const REVOKE = `mutation($id: ID!) { revokeInvitation(memberId: $id) { ${MEMBER_FIELDS} } }`;
const ADD_MEMBER =
  'mutation($input: AddMemberInput!) { addMember(input: $input) { invitationToken member { id status } } }';
const ACCEPT = 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }';
const MEMBERS = `query($all: Boolean) { members(includeRemoved: $all) { ${MEMBER_FIELDS} } }`;
const MISSING_ID = '00000000-0000-4000-8000-000000000000';

/** What a caller sees of an error: everything but the path, which names the mutation. */
const answer = (response: GraphqlResponse) => ({
  data: response.data ?? null,
  message: response.errors?.[0]?.message,
  extensions: response.errors?.[0]?.extensions,
});

describe('managing members (e2e)', () => {
  let api: ApiHarness;
  let db: OwnerDatabase;
  let owner: Session;
  let otherOwner: Session;

  beforeAll(async () => {
    api = await startApi({ AUTH_RATE_LIMIT_POINTS: '200', REDIS_PREFIX: isolatedRedisPrefix('members') });
    db = openOwnerDatabase();
    owner = await signUp(api, 'Team Spec Coaching');
    otherOwner = await signUp(api, 'Other Team Coaching');
  });
  afterAll(async () => {
    if (db) await closeOwnerDatabase(db);
    await api?.close();
  });

  // Sign-ins and joining are audited too; these tests look at what the team changes left.
  const auditOf = async (subjectId: string) =>
    (
      await db.query(
        `SELECT action, actor_type, actor_id, details FROM audit_events
          WHERE subject_id = $1 AND action NOT LIKE 'member.sign%' AND action <> 'member.joined'
          ORDER BY occurred_at`,
        [subjectId],
      )
    ).rows;

  const currentOwner = async (organizationId: string, sessions: Session[]) => {
    const { rows } = await db.query("SELECT id FROM members WHERE organization_id = $1 AND role = 'OWNER'", [
      organizationId,
    ]);
    return sessions.find((session) => session.user.id === rows[0].id)!;
  };

  const invite = async (session: Session, role: 'ADMIN' | 'COACH' = 'COACH') => {
    const response = await api.gql(
      ADD_MEMBER,
      { input: { email: uniqueEmail('invited'), name: 'Ines Invited', role } },
      session.accessToken,
    );
    return response.data!.addMember as { invitationToken: string; member: { id: string } };
  };

  describe('changeMemberRole', () => {
    it('lets an OWNER make a coach ADMIN, audited with both roles', async () => {
      const coach = await addActiveMember(api, owner, 'COACH');
      const changed = await api.gql(
        CHANGE_ROLE,
        { input: { memberId: coach.user.id, role: 'ADMIN' } },
        owner.accessToken,
      );
      expect(changed.data!.changeMemberRole).toMatchObject({ id: coach.user.id, role: 'ADMIN', status: 'ACTIVE' });
      expect(await auditOf(coach.user.id)).toEqual([
        {
          action: 'member.invited',
          actor_type: 'MEMBER',
          actor_id: owner.user.id,
          details: { role: 'COACH' },
        },
        {
          action: 'member.role-changed',
          actor_type: 'MEMBER',
          actor_id: owner.user.id,
          details: { from: 'COACH', to: 'ADMIN' },
        },
      ]);
    });

    it('refuses a COACH, and keeps OWNERs out of an ADMIN’s reach', async () => {
      const coach = await addActiveMember(api, owner, 'COACH');
      const admin = await addActiveMember(api, owner, 'ADMIN');
      const byCoach = await api.gql(
        CHANGE_ROLE,
        { input: { memberId: admin.user.id, role: 'COACH' } },
        coach.accessToken,
      );
      expect(errorCode(byCoach)).toBe('FORBIDDEN');
      const demoteOwner = await api.gql(
        CHANGE_ROLE,
        { input: { memberId: owner.user.id, role: 'COACH' } },
        admin.accessToken,
      );
      expect(answer(demoteOwner)).toMatchObject({ extensions: { code: 'FORBIDDEN', reason: 'OWNER_ONLY' } });
      const makeOwner = await api.gql(
        CHANGE_ROLE,
        { input: { memberId: coach.user.id, role: 'OWNER' } },
        admin.accessToken,
      );
      expect(errorCode(makeOwner)).toBe('FORBIDDEN');
      const roles = await db.query('SELECT id, role FROM members WHERE id = ANY($1) ORDER BY role', [
        [owner.user.id, coach.user.id, admin.user.id],
      ]);
      expect(Object.fromEntries(roles.rows.map((r) => [r.id, r.role]))).toEqual({
        [owner.user.id]: 'OWNER',
        [coach.user.id]: 'COACH',
        [admin.user.id]: 'ADMIN',
      });
    });

    it('makes only a member who has joined an OWNER', async () => {
      const invited = await invite(owner, 'ADMIN');
      const early = await api.gql(
        CHANGE_ROLE,
        { input: { memberId: invited.member.id, role: 'OWNER' } },
        owner.accessToken,
      );
      expect(answer(early)).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'MEMBER_NOT_ACTIVE' } });
      const earlyTransfer = await api.gql(TRANSFER, { id: invited.member.id }, owner.accessToken);
      expect(answer(earlyTransfer)).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'MEMBER_NOT_ACTIVE' } });
    });

    it('answers another organization’s member exactly like a missing one', async () => {
      const foreign = await addActiveMember(api, otherOwner, 'COACH');
      const cross = await api.gql(
        CHANGE_ROLE,
        { input: { memberId: foreign.user.id, role: 'ADMIN' } },
        owner.accessToken,
      );
      const missing = await api.gql(CHANGE_ROLE, { input: { memberId: MISSING_ID, role: 'ADMIN' } }, owner.accessToken);
      expect(errorCode(cross)).toBe('NOT_FOUND');
      expect(answer(cross)).toEqual(answer(missing));
      expect((await db.query('SELECT role FROM members WHERE id = $1', [foreign.user.id])).rows[0].role).toBe('COACH');
    });
  });

  describe('the last OWNER', () => {
    it('cannot demote themselves', async () => {
      const solo = await signUp(api, 'Solo Owner Coaching');
      const demoted = await api.gql(
        CHANGE_ROLE,
        { input: { memberId: solo.user.id, role: 'ADMIN' } },
        solo.accessToken,
      );
      expect(answer(demoted)).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'LAST_OWNER' } });
    });

    it('stays when two OWNERs demote each other at the same moment: exactly one change wins', async () => {
      const first = await signUp(api, 'Two Owners Coaching');
      const second = await addActiveMember(api, first, 'ADMIN', 'Sam Second');
      const pair = [first, second];
      // A race is won by timing: several rounds make a missing lock show up every run.
      for (let round = 0; round < 4; round += 1) {
        const owner = await currentOwner(first.organization.id, pair);
        const other = pair.find((session) => session !== owner)!;
        const promoted = await api.gql(
          CHANGE_ROLE,
          { input: { memberId: other.user.id, role: 'OWNER' } },
          owner.accessToken,
        );
        expect(promoted.data!.changeMemberRole.role).toBe('OWNER');

        const results = await Promise.all([
          api.gql(CHANGE_ROLE, { input: { memberId: second.user.id, role: 'ADMIN' } }, first.accessToken),
          api.gql(CHANGE_ROLE, { input: { memberId: first.user.id, role: 'ADMIN' } }, second.accessToken),
        ]);
        expect(results.filter((r) => r.data?.changeMemberRole).length).toBe(1);
        // The loser is refused: by then they are no OWNER any more, or the other is the last one.
        const refusals = results.map(errorCode).filter(Boolean);
        expect(refusals).toHaveLength(1);
        expect(['FORBIDDEN', 'CONFLICT']).toContain(refusals[0]);
        const owners = await db.query(
          "SELECT count(*)::int AS n FROM members WHERE organization_id = $1 AND role = 'OWNER'",
          [first.organization.id],
        );
        expect(owners.rows[0].n).toBe(1);
      }
    });

    it('cannot be removed, not even by another OWNER once they are the only one left', async () => {
      const org = await signUp(api, 'Remove Owner Coaching');
      const admin = await addActiveMember(api, org, 'ADMIN');
      const byAdmin = await api.gql(REMOVE, { input: { memberId: org.user.id } }, admin.accessToken);
      expect(answer(byAdmin)).toMatchObject({ extensions: { code: 'FORBIDDEN', reason: 'OWNER_ONLY' } });
      const self = await api.gql(REMOVE, { input: { memberId: org.user.id } }, org.accessToken);
      expect(errorCode(self)).toBe('BAD_USER_INPUT');
    });
  });

  describe('transferOwnership', () => {
    it('is OWNER only: the chosen member becomes OWNER and the caller ADMIN, audited', async () => {
      const org = await signUp(api, 'Transfer Coaching');
      const admin = await addActiveMember(api, org, 'ADMIN', 'Ada Admin');
      const coach = await addActiveMember(api, org, 'COACH');
      const byAdmin = await api.gql(TRANSFER, { id: coach.user.id }, admin.accessToken);
      expect(errorCode(byAdmin)).toBe('FORBIDDEN');

      const transferred = await api.gql(TRANSFER, { id: admin.user.id }, org.accessToken);
      expect(transferred.data!.transferOwnership).toEqual({
        owner: { id: admin.user.id, role: 'OWNER' },
        previousOwner: { id: org.user.id, role: 'ADMIN' },
      });
      expect(await auditOf(admin.user.id)).toEqual([
        expect.objectContaining({ action: 'member.invited', details: { role: 'ADMIN' } }),
        expect.objectContaining({ action: 'organization.ownership-transferred', actor_id: org.user.id }),
      ]);
      // The former OWNER's current row counts at once, whatever their token still says.
      const again = await api.gql(TRANSFER, { id: coach.user.id }, org.accessToken);
      expect(answer(again)).toMatchObject({ extensions: { code: 'FORBIDDEN', reason: 'OWNER_ONLY' } });
    });

    it('answers another organization’s member exactly like a missing one', async () => {
      const org = await signUp(api, 'Transfer Cross Coaching');
      const foreign = await addActiveMember(api, otherOwner, 'ADMIN');
      const cross = await api.gql(TRANSFER, { id: foreign.user.id }, org.accessToken);
      const missing = await api.gql(TRANSFER, { id: MISSING_ID }, org.accessToken);
      expect(errorCode(cross)).toBe('NOT_FOUND');
      expect(answer(cross)).toEqual(answer(missing));
    });
  });

  describe('removeMember', () => {
    it('moves candidates and open assignments to the chosen coach, ends sessions, keeps the row and blocks sign-in', async () => {
      const org = await signUp(api, 'Removal Coaching');
      const leaving = await addActiveMember(api, org, 'COACH', 'Lee Leaving');
      const heir = await addActiveMember(api, org, 'COACH', 'Hana Heir');
      const candidate = await createCandidate(api, leaving);
      const { assignment } = await assignPlan(api, leaving, candidate.id);
      const leavingEmail = leaving.user.email;

      const withoutHeir = await api.gql(REMOVE, { input: { memberId: leaving.user.id } }, org.accessToken);
      expect(answer(withoutHeir)).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', reason: 'HAND_OVER_REQUIRED' },
      });
      expect((await db.query('SELECT status FROM members WHERE id = $1', [leaving.user.id])).rows[0].status).toBe(
        'ACTIVE',
      );

      const removed = await api.gql(
        REMOVE,
        { input: { memberId: leaving.user.id, handOverToMemberId: heir.user.id } },
        org.accessToken,
      );
      expect(removed.data!.removeMember).toMatchObject({
        member: { id: leaving.user.id, name: 'Lee Leaving', status: 'REMOVED' },
        handedOverTo: { id: heir.user.id },
        candidatesMoved: 1,
        assignmentsMoved: 1,
        sessionsEnded: 1,
      });
      const rows = await db.query(
        `SELECT (SELECT coach_member_id FROM candidates WHERE id = $1) AS candidate_coach,
                (SELECT coach_member_id FROM assignments WHERE id = $2) AS assignment_coach`,
        [candidate.id, assignment.id],
      );
      expect(rows.rows[0]).toEqual({ candidate_coach: heir.user.id, assignment_coach: heir.user.id });
      const heirView = await api.gql(
        'query($id: ID!) { candidate(id: $id) { coach { id } } }',
        { id: candidate.id },
        heir.accessToken,
      );
      expect(heirView.data!.candidate.coach.id).toBe(heir.user.id);

      const login = await api.gql(LOGIN_MUTATION, { input: { email: leavingEmail, password: PASSWORD } });
      const wrongPassword = await api.gql(LOGIN_MUTATION, {
        input: { email: heir.user.email, password: 'not the password' },
      });
      expect(errorCode(login)).toBe('UNAUTHENTICATED');
      expect(answer(login)).toEqual(answer(wrongPassword));
      expect(errorCode(await api.gql(REFRESH_MUTATION, { token: leaving.refreshToken }))).toBe('UNAUTHENTICATED');

      const ontoRemoved = await api.gql(
        'mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }',
        {
          input: { name: 'Nora New', email: uniqueEmail('new'), timeZone: 'UTC', coachId: leaving.user.id },
        },
        org.accessToken,
      );
      expect(answer(ontoRemoved)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'coachId' } });

      const listed = await api.gql(MEMBERS, {}, org.accessToken);
      expect(listed.data!.members.map((m: { id: string }) => m.id)).not.toContain(leaving.user.id);
      const everyone = await api.gql(MEMBERS, { all: true }, org.accessToken);
      expect(everyone.data!.members).toContainEqual(
        expect.objectContaining({ id: leaving.user.id, name: 'Lee Leaving', status: 'REMOVED' }),
      );
      const audit = await auditOf(leaving.user.id);
      expect(audit).toEqual([
        expect.objectContaining({ action: 'member.invited', details: { role: 'COACH' } }),
        expect.objectContaining({
          action: 'member.removed',
          actor_id: org.user.id,
          details: expect.objectContaining({
            handedOverTo: heir.user.id,
            candidates: 1,
            assignments: 1,
            sessionsEnded: 1,
          }),
        }),
      ]);
      expect(JSON.stringify(audit)).not.toContain(leaving.refreshToken);
    });

    it('moves nothing when the chosen coach is not an active member here, and says the same for another organization', async () => {
      const org = await signUp(api, 'Removal Cross Coaching');
      const leaving = await addActiveMember(api, org, 'COACH');
      const candidate = await createCandidate(api, leaving);
      const foreign = await addActiveMember(api, otherOwner, 'COACH');
      const cross = await api.gql(
        REMOVE,
        { input: { memberId: leaving.user.id, handOverToMemberId: foreign.user.id } },
        org.accessToken,
      );
      const missing = await api.gql(
        REMOVE,
        { input: { memberId: leaving.user.id, handOverToMemberId: MISSING_ID } },
        org.accessToken,
      );
      expect(errorCode(cross)).toBe('BAD_USER_INPUT');
      expect(answer(cross)).toEqual(answer(missing));
      const foreignTarget = await api.gql(REMOVE, { input: { memberId: foreign.user.id } }, org.accessToken);
      const missingTarget = await api.gql(REMOVE, { input: { memberId: MISSING_ID } }, org.accessToken);
      expect(errorCode(foreignTarget)).toBe('NOT_FOUND');
      expect(answer(foreignTarget)).toEqual(answer(missingTarget));
      const state = await db.query(
        `SELECT (SELECT status FROM members WHERE id = $1) AS status, (SELECT coach_member_id FROM candidates WHERE id = $2) AS coach,
                (SELECT status FROM members WHERE id = $3) AS foreign_status`,
        [leaving.user.id, candidate.id, foreign.user.id],
      );
      expect(state.rows[0]).toEqual({ status: 'ACTIVE', coach: leaving.user.id, foreign_status: 'ACTIVE' });
    });

    it('is refused to a COACH', async () => {
      const coach = await addActiveMember(api, owner, 'COACH');
      const other = await addActiveMember(api, owner, 'COACH');
      expect(errorCode(await api.gql(REMOVE, { input: { memberId: other.user.id } }, coach.accessToken))).toBe(
        'FORBIDDEN',
      );
    });
  });

  describe('invitations', () => {
    it('a resend issues a fresh secret: the old one stops working, the new one joins', async () => {
      const invited = await invite(owner);
      const resent = await api.gql(RESEND, { id: invited.member.id }, owner.accessToken);
      const fresh = resent.data!.resendInvitation.invitationToken;
      expect(fresh).not.toBe(invited.invitationToken);
      const old = await api.gql(ACCEPT, { input: { token: invited.invitationToken, password: PASSWORD } });
      expect(errorCode(old)).toBe('NOT_FOUND');
      const joined = await api.gql(ACCEPT, { input: { token: fresh, password: PASSWORD } });
      expect(joined.data!.acceptInvitation.accessToken).toEqual(expect.any(String));
      const audit = await auditOf(invited.member.id);
      expect(audit).toEqual([
        expect.objectContaining({ action: 'member.invited', details: { role: 'COACH' } }),
        expect.objectContaining({ action: 'member.invitation-resent', details: { invitationVersion: 2 } }),
      ]);
      expect(JSON.stringify(audit)).not.toContain(fresh);
      const again = await api.gql(RESEND, { id: invited.member.id }, owner.accessToken);
      expect(answer(again)).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'MEMBER_NOT_INVITED' } });
    });

    it('a revoked invitation stops working and the invited member is kept as REMOVED', async () => {
      const invited = await invite(owner);
      const revoked = await api.gql(REVOKE, { id: invited.member.id }, owner.accessToken);
      expect(revoked.data!.revokeInvitation).toMatchObject({ id: invited.member.id, status: 'REMOVED' });
      expect(errorCode(await api.gql(ACCEPT, { input: { token: invited.invitationToken, password: PASSWORD } }))).toBe(
        'NOT_FOUND',
      );
      expect((await auditOf(invited.member.id)).map((row) => row.action)).toEqual([
        'member.invited',
        'member.invitation-revoked',
      ]);
    });

    it('inviting a removed member’s address again reuses their membership, with the new role', async () => {
      const coach = await addActiveMember(api, owner, 'COACH', 'Bea Back');
      await api.gql(REMOVE, { input: { memberId: coach.user.id } }, owner.accessToken);
      const again = await api.gql(
        ADD_MEMBER,
        { input: { email: coach.user.email, name: 'Bea Back', role: 'ADMIN' } },
        owner.accessToken,
      );
      expect(again.data!.addMember.member).toEqual({ id: coach.user.id, status: 'INVITED' });
      expect(errorCode(await api.gql(LOGIN_MUTATION, { input: { email: coach.user.email, password: PASSWORD } }))).toBe(
        'UNAUTHENTICATED',
      );
      const joined = await api.gql(ACCEPT, {
        input: { token: again.data!.addMember.invitationToken, password: PASSWORD },
      });
      expect(joined.data!.acceptInvitation.accessToken).toEqual(expect.any(String));
      const member = await db.query('SELECT role, status, removed_at FROM members WHERE id = $1', [coach.user.id]);
      expect(member.rows).toEqual([{ role: 'ADMIN', status: 'ACTIVE', removed_at: null }]);
      expect((await auditOf(coach.user.id)).map((row) => row.action)).toEqual([
        'member.invited',
        'member.removed',
        'member.re-invited',
      ]);

      const elsewhere = await api.gql(
        ADD_MEMBER,
        { input: { email: coach.user.email, name: 'Bea Back', role: 'COACH' } },
        otherOwner.accessToken,
      );
      expect(errorCode(elsewhere)).toBe('CONFLICT');
    });

    it('answers another organization’s invitation like a missing one, and refuses a COACH', async () => {
      const foreign = await invite(otherOwner);
      for (const mutation of [RESEND, REVOKE]) {
        const cross = await api.gql(mutation, { id: foreign.member.id }, owner.accessToken);
        const missing = await api.gql(mutation, { id: MISSING_ID }, owner.accessToken);
        expect(errorCode(cross)).toBe('NOT_FOUND');
        expect(answer(cross)).toEqual(answer(missing));
      }
      const coach = await addActiveMember(api, owner, 'COACH');
      const mine = await invite(owner);
      expect(errorCode(await api.gql(RESEND, { id: mine.member.id }, coach.accessToken))).toBe('FORBIDDEN');
      const stillValid = await api.gql(ACCEPT, { input: { token: foreign.invitationToken, password: PASSWORD } });
      expect(stillValid.data!.acceptInvitation.accessToken).toEqual(expect.any(String));
    });
  });
});
