import { html } from '../../platform/pages/html';
import { renderDocument } from '../../platform/pages/page-layout';

/** The page behind an invitation email's link: choose a password to join. */
export function renderInvitationForm(token: string, problem?: string): string {
  return renderDocument(
    'Join your team',
    html`<h1>Join your team</h1>
${problem ? html`<p role="alert" class="notice">${problem}</p>` : ''}
<p>Choose a password (at least 10 characters) to finish setting up your account.</p>
<form method="post" action="/invitations/${token}">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="new-password" minlength="10" required>
<button type="submit">Join</button>
</form>`,
  );
}

export function renderInvitationAccepted(organizationName: string, email: string): string {
  return renderDocument(
    'You are in',
    html`<h1>You are in</h1>
      <p>Your account with ${organizationName} is ready. Sign in as ${email} with the password you chose.</p>
      <p><a href="/app/sign-in">Open the coach app</a></p>`,
  );
}

export function renderInvitationInvalid(): string {
  return renderDocument(
    'Invitation not valid',
    html`<h1>This invitation is not valid</h1><p>It may have expired or been used already. Ask for a new one.</p>`,
  );
}
