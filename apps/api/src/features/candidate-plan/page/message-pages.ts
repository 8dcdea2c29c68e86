import { html } from '../../../platform/pages/html';
import { renderDocument } from '../../../platform/pages/page-layout';

/** A page that says one thing and holds no plan data: the same for every token. */
export interface MessagePage {
  status: number;
  title: string;
  paragraphs: string[];
}

export const LINK_NOT_FOUND_PAGE: MessagePage = {
  status: 404,
  title: 'This link does not work',
  paragraphs: [
    'The link may be mistyped, expired, or replaced by a newer one.',
    'Ask your coach to send you a new link to your interview prep plan.',
  ],
};

export const RATE_LIMITED_PAGE: MessagePage = {
  status: 429,
  title: 'Too many attempts',
  paragraphs: [
    'This device tried too many links that do not work. Wait a minute, then open the link from your email again.',
  ],
};

export const CROSS_ORIGIN_PAGE: MessagePage = {
  status: 403,
  title: 'This change was refused',
  paragraphs: [
    'The form was sent from another website. Open your plan from the link in your email and make the change there.',
  ],
};

export const METHOD_NOT_ALLOWED_PAGE: MessagePage = {
  status: 405,
  title: 'Nothing to see at this address',
  paragraphs: ['This address only takes changes sent from your plan. Open your plan from the link in your email.'],
};

export const UNEXPECTED_FAILURE_PAGE: MessagePage = {
  status: 500,
  title: 'Something went wrong',
  paragraphs: ['Your last change may not have been saved. Wait a moment, then open your plan again and check.'],
};

export function renderMessagePage(page: MessagePage): string {
  const content = html`<div class="card">
<h1>${page.title}</h1>
${page.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
</div>`;
  return renderDocument(page.title, content);
}
