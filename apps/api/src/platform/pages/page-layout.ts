import { html, SafeHtml } from './html';
import { PAGE_CSS } from './page-styles';

// Built outside the document's template so no formatter can add whitespace inside the element:
// the CSP allows the stylesheet by the hash of its exact text.
const STYLE_ELEMENT = new SafeHtml(`<style>${PAGE_CSS}</style>`);

/** A whole HTML document around the page's main content. */
export function renderDocument(title: string, content: SafeHtml): string {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>${title}</title>
        ${STYLE_ELEMENT}
      </head>
      <body>
        <main>${content}</main>
      </body>
    </html> `.markup;
}
