/** Paths pino replaces with "[redacted]" wherever they appear in a log line. */
export const LOG_REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.accessToken',
  '*.refreshToken',
  '*.token',
  '*.invitationToken',
  'variables',
  '*.variables',
];
