/** Asks the API to keep the refresh token in its HttpOnly cookie instead of the response body. */
export const SESSION_MODE_HEADERS: Readonly<Record<string, string>> = { 'x-session-mode': 'cookie' };
