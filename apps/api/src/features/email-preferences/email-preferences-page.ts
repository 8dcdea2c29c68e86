import { html } from '../../platform/pages/html';
import { renderDocument } from '../../platform/pages/page-layout';
import { EmailPreference } from './email-preferences.service';

/** The page behind the unsubscribe link: it shows the choice; only its button (a POST) changes it. */
export function renderPreferencePage(token: string, preference: EmailPreference, changed = false): string {
  const action = preference.subscribed ? `/u/${token}` : `/u/${token}/resubscribe`;
  const heading = preference.subscribed ? 'Reminder emails are on' : 'Reminder emails are off';
  const explanation = preference.subscribed
    ? `You get reminders about your interview preparation from ${preference.organizationName}.`
    : `You will not get reminder emails from ${preference.organizationName}. Your coach can still see your plan.`;
  return renderDocument(
    heading,
    html`<h1>${heading}</h1>
${changed ? html`<p role="status" class="notice">Saved.</p>` : ''}
<p>${explanation}</p>
<form method="post" action="${action}">
<button type="submit">${preference.subscribed ? 'Stop reminder emails' : 'Turn reminder emails back on'}</button>
</form>`,
  );
}

export function renderInvalidLinkPage(): string {
  return renderDocument(
    'Link not valid',
    html`<h1>This link is not valid</h1><p>Check that you opened the whole link from the email.</p>`,
  );
}
