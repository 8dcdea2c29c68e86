/** The domain part of the configured From address; Message-IDs and calendar UIDs live under it. */
export function mailDomain(fromAddress: string): string {
  return fromAddress.slice(fromAddress.lastIndexOf('@') + 1);
}

/**
 * One Message-ID per reminder, however often it is sent: a resend after a crash carries the
 * same id, so mail clients and servers that deduplicate by Message-ID show it once.
 */
export function reminderMessageId(reminderId: string, fromAddress: string): string {
  return `<reminder-${reminderId}@${mailDomain(fromAddress)}>`;
}
