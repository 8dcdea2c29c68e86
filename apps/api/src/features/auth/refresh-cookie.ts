import type { IncomingHttpHeaders } from 'node:http';

/**
 * Browser sessions: the refresh token travels only in an HttpOnly cookie, sent only to the
 * GraphQL path. A client opts in per request with `X-Session-Mode: cookie`; API clients that
 * do not keep the token in the response body.
 */
export const REFRESH_COOKIE_NAME = 'prep_refresh';
export const REFRESH_COOKIE_PATH = '/graphql';
export const SESSION_MODE_HEADER = 'x-session-mode';

export function asksForCookieMode(headers: IncomingHttpHeaders): boolean {
  return headers[SESSION_MODE_HEADER] === 'cookie';
}

/**
 * SameSite=Strict keeps the cookie off cross-site requests in current browsers; this refuses
 * them on the server too. The custom header already rules out a simple form post; a request
 * the browser marks as from another origin is refused as well.
 */
export function isCrossOriginRequest(headers: IncomingHttpHeaders, appOrigin: string): boolean {
  const fetchSite = headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') return true;
  const origin = headers.origin;
  return origin !== undefined && origin !== appOrigin;
}

export interface RefreshCookieOptions {
  secure: boolean;
  maxAgeSeconds: number;
}

export function refreshCookie(token: string, options: RefreshCookieOptions): string {
  return serialize(token, options.maxAgeSeconds, options.secure);
}

export function expiredRefreshCookie(secure: boolean): string {
  return serialize('', 0, secure);
}

function serialize(value: string, maxAgeSeconds: number, secure: boolean): string {
  const attributes = [
    `${REFRESH_COOKIE_NAME}=${value}`,
    `Path=${REFRESH_COOKIE_PATH}`,
    `Max-Age=${maxAgeSeconds}`,
    'HttpOnly',
    'SameSite=Strict',
  ];
  if (maxAgeSeconds === 0) attributes.push('Expires=Thu, 01 Jan 1970 00:00:00 GMT');
  if (secure) attributes.push('Secure');
  return attributes.join('; ');
}

/** The refresh token from a Cookie header, or null. Tokens are URL-safe, so no decoding. */
export function readRefreshCookie(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  for (const pair of cookieHeader.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0) continue;
    if (pair.slice(0, separator).trim() !== REFRESH_COOKIE_NAME) continue;
    const value = pair.slice(separator + 1).trim();
    return value === '' ? null : value;
  }
  return null;
}
