/**
 * The coach app runs only its own bundled scripts and styles and talks only to this origin:
 * no inline script, no third-party origin.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SHARED: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'referrer-policy': 'same-origin',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

/** index.html names the current hashed assets, so it is checked again on every visit. */
export const APP_SHELL_HEADERS: Readonly<Record<string, string>> = {
  ...SHARED,
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-cache',
};

/** Shown when the API runs without a built coach app (`npm run build` makes one). */
export const APP_MISSING_HEADERS: Readonly<Record<string, string>> = {
  ...SHARED,
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
};

/** Asset names carry a content hash: a changed file is a new URL. */
export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';
