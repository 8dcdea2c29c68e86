import type { IncomingHttpHeaders } from 'node:http';

/**
 * True when the browser says a form post came from another site. Posts without these headers
 * (old browsers, non-browser clients) pass: the token in the path is what authorizes a change.
 * `Origin: null` also passes, as browsers send it for our own forms: the page's
 * `Referrer-Policy: no-referrer` makes them hide the origin of every POST it makes.
 */
export function isCrossSitePost(headers: IncomingHttpHeaders, appOrigin: string): boolean {
  const fetchSite = headers['sec-fetch-site'];
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return true;
  const origin = headers.origin;
  return origin !== undefined && origin !== 'null' && origin !== appOrigin;
}
