import { PAGE_CSS_HASH } from './page-styles';

const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src '${PAGE_CSS_HASH}'`,
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/**
 * On every server-rendered page, errors and redirects included: their URLs hold a
 * private token, which must not leak through referrers, caches or search engines.
 */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-robots-tag': 'noindex, nofollow',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy': CONTENT_SECURITY_POLICY,
};
