/** What a failed hand-over to the mail server means for the next attempt. */
export interface SendFailure {
  /** The server refused this message for good (5xx): sending it again gets the same answer. */
  permanent: boolean;
  /** The server's answer when there was one, else what went wrong, on one line. */
  reason: string;
}

interface SmtpErrorShape {
  message?: unknown;
  response?: unknown;
  responseCode?: unknown;
  permanent?: unknown;
}

/**
 * Reads an error from the transport. Only an SMTP reply can make a failure permanent; a
 * connection that failed or closed, a timeout, or a 4xx reply is worth another try later.
 */
export function classifySendFailure(error: unknown): SendFailure {
  const shape = (typeof error === 'object' && error !== null ? error : {}) as SmtpErrorShape;
  const code = typeof shape.responseCode === 'number' ? shape.responseCode : undefined;
  const permanent =
    typeof shape.permanent === 'boolean'
      ? shape.permanent
      : code !== undefined && code >= 500 && code < 600 && code !== 503;
  const answer = typeof shape.response === 'string' && shape.response ? shape.response : shape.message;
  return { permanent, reason: oneLine(typeof answer === 'string' ? answer : String(error)) };
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim().slice(0, 1000);
}
