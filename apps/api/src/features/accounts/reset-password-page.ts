import { html } from '../../platform/pages/html';
import { renderDocument } from '../../platform/pages/page-layout';

/**
 * The page behind a reset email's link (`/app/reset-password?token=…`). It works without the
 * coach app's JavaScript; the token travels in the form body, never in a log line of a POST URL.
 */
export function renderResetPasswordForm(token: string, problem?: string): string {
  return renderDocument(
    'Choose a new password',
    html`<h1>Choose a new password</h1>
      ${problem ? html`<p role="alert" class="notice">${problem}</p>` : ''}
      <p>Choose a new password (at least 10 characters). You will be signed out everywhere.</p>
      <form method="post" action="/app/reset-password">
        <input type="hidden" name="token" value="${token}" />
        <label for="password">New password</label>
        <input id="password" name="password" type="password" autocomplete="new-password" minlength="10" required />
        <button type="submit">Save the new password</button>
      </form>`,
  );
}

export function renderPasswordChanged(): string {
  return renderDocument(
    'Password changed',
    html`<h1>Your password is changed</h1>
      <p>Sign in with your new password.</p>`,
  );
}

export function renderResetLinkInvalid(): string {
  return renderDocument(
    'Link not valid',
    html`<h1>This link is not valid</h1>
      <p>It may have expired or been used already. Ask for a new one from the sign-in page.</p>`,
  );
}
