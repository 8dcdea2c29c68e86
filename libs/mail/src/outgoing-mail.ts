import { parseEmailAddress } from '@prep/domain';
import { toSingleLine } from '@prep/content';

/** A mailbox as nodemailer takes it: never a string to parse, so a name cannot smuggle in an address. */
export interface MailAddress {
  name: string;
  address: string;
}

/** One message ready to hand to the transport. */
export interface OutgoingMail {
  messageId: string;
  from: MailAddress;
  to: MailAddress;
  replyTo?: MailAddress;
  subject: string;
  text: string;
  html: string;
  /** RFC 8058 one-click unsubscribe target (List-Unsubscribe and List-Unsubscribe-Post). */
  unsubscribeUrl?: string;
  /** An iCalendar document attached as the interview's calendar event. */
  calendar?: string;
}

/** A refusal before anything was sent: no later attempt can fix the data. */
export class InvalidMailAddressError extends Error {
  override readonly name = 'InvalidMailAddressError';
  readonly permanent = true;
}

/** A header value that cannot be written safely (a Message-ID or URL with spaces, brackets, line breaks). */
export class MessageCompositionError extends Error {
  override readonly name = 'MessageCompositionError';
  readonly permanent = true;
}

/**
 * A mailbox from stored data. The name loses control characters (they would break the header
 * or add one); the address must be exactly one plain address.
 */
export function mailAddress(name: string, address: string): MailAddress {
  try {
    return { name: toSingleLine(name), address: parseEmailAddress(address) };
  } catch {
    throw new InvalidMailAddressError(`invalid recipient address for ${JSON.stringify(toSingleLine(name))}`);
  }
}
