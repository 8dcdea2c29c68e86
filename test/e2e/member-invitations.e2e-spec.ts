import { PASSWORD, SESSION_FIELDS, Session, signUp, uniqueEmail } from '../support/fixtures';
import { decodedBody, findPart } from '../support/reminders/mime';
import { ReminderWorld, startReminderWorld } from '../support/reminders/harness';

describe('member invitations by email', () => {
  let world: ReminderWorld;
  let owner: Session;

  beforeAll(async () => {
    world = await startReminderWorld('invitations');
    await world.startWorker();
    owner = await signUp(world.api, 'Invite Org');
  });
  afterAll(() => world?.close());

  it('emails the invited member a link of their own; opening it and choosing a password lets them sign in', async () => {
    const email = uniqueEmail('invitee');
    const added = await world.api.gql(
      'mutation($input: AddMemberInput!) { addMember(input: $input) { invitationToken } }',
      { input: { email, name: 'Ivy Invitee', role: 'COACH' } },
      owner.accessToken,
    );
    const shownOnce = added.data!.addMember.invitationToken;
    const mail = await world.smtp.waitForMail((received) => received.envelope.to.includes(email), 'invitation email');
    const text = decodedBody(findPart(mail.mime, 'text/plain')!);
    expect(text).toContain('Olivia Owner');
    const link = new RegExp(`${world.api.config.appUrl}/app/accept-invitation\\?token=(inv_[A-Za-z0-9_-]{43})`).exec(
      text,
    )!;
    expect(link).not.toBeNull();
    expect(link[1]).not.toBe(shownOnce);
    // The app's screen takes the token; the server page keeps links from older emails working.
    const serverPage = `/invitations/${link[1]}`;

    const form = await world.api.http().get(serverPage);
    expect(form.status).toBe(200);
    expect(form.text).toContain('<label for="password">');
    const joined = await world.api.http().post(serverPage).type('form').send({ password: PASSWORD });
    expect(joined.status).toBe(200);
    expect(joined.text).toContain('Invite Org');

    const login = await world.api.gql(`mutation($input: LoginInput!) { login(input: $input) { ${SESSION_FIELDS} } }`, {
      input: { email, password: PASSWORD },
    });
    expect(login.data!.login.user).toMatchObject({ email, role: 'COACH' });
    const again = await world.api.http().post(serverPage).type('form').send({ password: PASSWORD });
    expect(again.status).toBe(404);
    expect(world.api.logs()).not.toContain(link[1]);
    const stored = await world.db.query('SELECT token_hash FROM member_invitations');
    expect(JSON.stringify(stored.rows)).not.toContain(link[1]);
  });
});
