import { html, SafeHtml } from './html';
import { PAGE_CSS } from './page-styles';

const STYLESHEET = new SafeHtml(PAGE_CSS);

/**
 * A whole HTML document around the page's main content. The style element holds exactly
 * PAGE_CSS: the CSP allows the stylesheet by the hash of that text, so no whitespace around it.
 */
export function renderDocument(title: string, content: SafeHtml): string {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>${title}</title>
        <style>${STYLESHEET}</style>
      </head>
      <body>
        <main>${content}</main>
      </body>
    </html> `.markup;
}
