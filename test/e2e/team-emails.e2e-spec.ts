import { createHash } from 'node:crypto';
import { Queue } from 'bullmq';
import { memberInvitationJobId, queueConnection } from '@prep/jobs';
import { errorCode } from '../support/api-harness';
import {
  addActiveMember,
  assignPlan,
  createCandidate,
  LOGIN_MUTATION,
  PASSWORD,
  REFRESH_MUTATION,
  Session,
  signUp,
  uniqueEmail,
} from '../support/fixtures';
import { decodedBody, findPart } from '../support/reminders/mime';
import { makeDue, reminderOf, ReminderWorld, startReminderWorld } from '../support/reminders/harness';
import { waitFor } from '../support/wait-for';

const REQUEST_RESET = 'mutation($email: String!) { requestPasswordReset(email: $email) }';
const RESET = 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }';
const NEW_PASSWORD = 'a brand new passphrase';

describe('team and account emails, through the worker and a real SMTP server', () => {
  let world: ReminderWorld;
  let owner: Session;

  beforeAll(async () => {
    world = await startReminderWorld('team-emails');
    await world.startWorker();
    owner = await signUp(world.api, 'Team Mail Org');
  });
  afterAll(() => world?.close());

  /** Mail of one kind to one address, told apart by the Message-ID each kind derives from its row. */
  const mailsTo = (email: string, kind: string) =>
    world.smtp.accepted().filter((mail) => mail.envelope.to.includes(email) && mail.messageId.startsWith(`<${kind}-`));
  const mailTo = (email: string, kind: string, count = 1) =>
    waitFor(async () => {
      const mails = mailsTo(email, kind);
      return mails.length >= count ? mails : undefined;
    }, `${count} ${kind} email(s) to ${email}`);
  const textOf = (mail: { mime: Parameters<typeof findPart>[0] }) => decodedBody(findPart(mail.mime, 'text/plain')!);

  describe('forgot password', () => {
    it('answers an unknown address exactly like a member’s, and emails only the member', async () => {
      const unknown = uniqueEmail('nobody');
      const forUnknown = await world.api
        .http()
        .post('/graphql')
        .send({ query: REQUEST_RESET, variables: { email: unknown } });
      const forMember = await world.api
        .http()
        .post('/graphql')
        .send({ query: REQUEST_RESET, variables: { email: owner.user.email } });
      expect({ status: forUnknown.status, body: forUnknown.body }).toEqual({
        status: forMember.status,
        body: forMember.body,
      });
      expect(forMember.body).toEqual({ data: { requestPasswordReset: true } });

      const [mail] = await mailTo(owner.user.email, 'password-reset');
      expect(world.smtp.accepted().filter((mail) => mail.envelope.to.includes(unknown))).toEqual([]);
      const link = new RegExp(`(${world.api.config.appUrl}/app/reset-password\\?token=(pwr_[A-Za-z0-9_-]{43}))`).exec(
        textOf(mail),
      )!;
      expect(link).not.toBeNull();
      const token = link[2];

      // The link opens the coach app's reset screen (tested in the coach app's browser spec).
      expect(new URL(link[1]).pathname).toBe('/app/reset-password');

      const stored = await world.db.query('SELECT token_hash FROM password_reset_tokens WHERE organization_id = $1', [
        owner.organization.id,
      ]);
      expect(stored.rows).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);
      const audit = await world.db.query('SELECT action, actor_type, details FROM audit_events WHERE subject_id = $1', [
        owner.user.id,
      ]);
      expect(audit.rows).toEqual([
        {
          action: 'account.password-reset-requested',
          actor_type: 'SYSTEM',
          details: { expiresAt: expect.any(String) },
        },
      ]);
      expect(world.api.logs()).not.toContain(token);
    });

    it('a reset sets the password once and ends every session of the member', async () => {
      const member = await addActiveMember(world.api, owner, 'COACH', 'Rita Reset');
      const second = await world.api.gql(LOGIN_MUTATION, { input: { email: member.user.email, password: PASSWORD } });
      await world.api.gql(REQUEST_RESET, { email: member.user.email });
      const [mail] = await mailTo(member.user.email, 'password-reset');
      const token = /token=(pwr_[A-Za-z0-9_-]{43})/.exec(textOf(mail))![1];

      const reset = await world.api.gql(RESET, { input: { token, newPassword: NEW_PASSWORD } });
      expect(reset.data).toEqual({ resetPassword: true });
      for (const refreshToken of [member.refreshToken, second.data!.login.refreshToken]) {
        expect(errorCode(await world.api.gql(REFRESH_MUTATION, { token: refreshToken }))).toBe('UNAUTHENTICATED');
      }
      const oldPassword = await world.api.gql(LOGIN_MUTATION, {
        input: { email: member.user.email, password: PASSWORD },
      });
      expect(errorCode(oldPassword)).toBe('UNAUTHENTICATED');
      const newPassword = await world.api.gql(LOGIN_MUTATION, {
        input: { email: member.user.email, password: NEW_PASSWORD },
      });
      expect(newPassword.data!.login.user.email).toBe(member.user.email);

      const reused = await world.api.gql(RESET, { input: { token, newPassword: 'yet another passphrase' } });
      expect(errorCode(reused)).toBe('NOT_FOUND');
      const audit = await world.db.query(
        "SELECT action, actor_id, details FROM audit_events WHERE subject_id = $1 AND action = 'account.password-reset'",
        [member.user.id],
      );
      expect(audit.rows).toEqual([
        { action: 'account.password-reset', actor_id: member.user.id, details: { sessionsEnded: 2 } },
      ]);
      expect(world.api.logs()).not.toContain(token);
    });

    it('an expired link sets nothing', async () => {
      const member = await addActiveMember(world.api, owner, 'COACH', 'Ed Expired');
      await world.api.gql(REQUEST_RESET, { email: member.user.email });
      const [mail] = await mailTo(member.user.email, 'password-reset');
      const token = /token=(pwr_[A-Za-z0-9_-]{43})/.exec(textOf(mail))![1];
      await world.db.query(
        "UPDATE password_reset_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1",
        [createHash('sha256').update(token).digest('hex')],
      );
      const late = await world.api.gql(RESET, { input: { token, newPassword: NEW_PASSWORD } });
      expect(errorCode(late)).toBe('NOT_FOUND');
      const login = await world.api.gql(LOGIN_MUTATION, { input: { email: member.user.email, password: PASSWORD } });
      expect(login.data!.login.user.id).toBe(member.user.id);
    });
  });

  it('a resent invitation is emailed again, and the first email’s link stops working', async () => {
    const email = uniqueEmail('resent');
    const added = await world.api.gql(
      'mutation($input: AddMemberInput!) { addMember(input: $input) { member { id } } }',
      { input: { email, name: 'Remy Resent', role: 'COACH' } },
      owner.accessToken,
    );
    const memberId = added.data!.addMember.member.id;
    const [first] = await mailTo(email, 'invitation');
    await world.api.gql(
      'mutation($id: ID!) { resendInvitation(memberId: $id) { member { id } } }',
      { id: memberId },
      owner.accessToken,
    );
    const mails = await mailTo(email, 'invitation', 2);
    const second = mails[1];
    expect(second.messageId).not.toBe(first.messageId);
    const linkOf = (mail: typeof first) =>
      `/invitations/${/\/app\/accept-invitation\?token=(inv_[A-Za-z0-9_-]{43})/.exec(textOf(mail))![1]}`;

    const stale = await world.api.http().post(linkOf(first)).type('form').send({ password: PASSWORD });
    expect(stale.status).toBe(404);
    const joined = await world.api.http().post(linkOf(second)).type('form').send({ password: PASSWORD });
    expect(joined.status).toBe(200);
  });

  it('an invitation email queued before a resend sends nothing: only the new version goes out', async () => {
    await world.stopWorkers();
    const email = uniqueEmail('queued');
    const added = await world.api.gql(
      'mutation($input: AddMemberInput!) { addMember(input: $input) { member { id } } }',
      { input: { email, name: 'Quinn Queued', role: 'COACH' } },
      owner.accessToken,
    );
    const memberId = added.data!.addMember.member.id;
    await world.api.gql(
      'mutation($id: ID!) { resendInvitation(memberId: $id) { member { id } } }',
      { id: memberId },
      owner.accessToken,
    );
    await world.startWorker();
    const [mail] = await mailTo(email, 'invitation');
    expect(mail.messageId).toContain(`invitation-${memberId}-v2@`);
    // The first job has run too, found a newer version and sent nothing.
    const mailQueue = new Queue('mail', queueConnection(world.api.config.redis, 'producer'));
    try {
      await waitFor(
        async () => (await mailQueue.getJobState(memberInvitationJobId(memberId, 1))) === 'completed',
        'the first invitation job to finish',
      );
    } finally {
      await mailQueue.close();
    }
    expect(mailsTo(email, 'invitation')).toHaveLength(1);
  });

  it('a removed coach’s pending alerts go to the coach who took over', async () => {
    const leaving = await addActiveMember(world.api, owner, 'COACH', 'Lars Leaving');
    const heir = await addActiveMember(world.api, owner, 'COACH', 'Hedy Heir');
    const candidate = await createCandidate(world.api, leaving);
    const { assignment } = await assignPlan(world.api, leaving, candidate.id);
    const alert = await reminderOf(world.db, assignment.id, 'coach-not-started');
    expect(alert.status).toBe('SCHEDULED');

    const removed = await world.api.gql(
      `mutation($input: RemoveMemberInput!) { removeMember(input: $input) { coachAlertsReaddressed } }`,
      { input: { memberId: leaving.user.id, handOverToMemberId: heir.user.id } },
      owner.accessToken,
    );
    expect(removed.data!.removeMember.coachAlertsReaddressed).toBe(1);

    await makeDue(world.db, alert.id);
    const [mail] = await mailTo(heir.user.email, 'reminder');
    expect(textOf(mail)).toContain('Hedy Heir');
    expect(mailsTo(leaving.user.email, 'reminder')).toEqual([]);
  });
});
