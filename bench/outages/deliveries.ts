import type { Client } from 'pg';
import type { SinkMessage } from '../support/smtp-sink';

const KEPT_IDS = 5;

/**
 * What the relay received for a phase's reminders, against what their attempts say. A duplicate
 * is a second message with the same Message-ID; it is explained when the reminder's attempts flag
 * at least as many possible duplicates as there were extra copies. Two copies whose DATA overlapped
 * in time were sent twice at the same time: two workers held the reminder at once.
 */
export interface DuplicateFigures {
  messagesReceived: number;
  remindersReceived: number;
  remindersNotReceived: number;
  duplicatedReminders: number;
  extraCopies: number;
  explained: number;
  unexplainedIds: string[];
  sentTwiceAtOnce: number;
  /** Attempts flagged as possible duplicates whose first copy had not reached the relay. */
  flaggedNotDuplicated: number;
}

export async function duplicateFigures(
  owner: Client,
  ids: readonly string[],
  messages: readonly SinkMessage[],
): Promise<DuplicateFigures> {
  const copies = copiesByReminder(new Set(ids), messages);
  const flagged = await flaggedAttempts(owner, ids);
  const duplicated = [...copies].filter(([, received]) => received.length > 1);
  const unexplained = duplicated.filter(([id, received]) => (flagged.get(id) ?? 0) < received.length - 1);
  const flaggedNotDuplicated = [...flagged].reduce(
    (sum, [id, count]) => sum + Math.max(0, count - Math.max(0, (copies.get(id)?.length ?? 0) - 1)),
    0,
  );
  return {
    messagesReceived: [...copies.values()].reduce((sum, received) => sum + received.length, 0),
    remindersReceived: copies.size,
    remindersNotReceived: ids.length - copies.size,
    duplicatedReminders: duplicated.length,
    extraCopies: duplicated.reduce((sum, [, received]) => sum + received.length - 1, 0),
    explained: duplicated.length - unexplained.length,
    unexplainedIds: unexplained.slice(0, KEPT_IDS).map(([id]) => id),
    sentTwiceAtOnce: duplicated.filter(([, received]) => overlap(received)).length,
    flaggedNotDuplicated,
  };
}

export function allDuplicatesExplained(figures: DuplicateFigures): boolean {
  return figures.explained === figures.duplicatedReminders && figures.sentTwiceAtOnce === 0;
}

function copiesByReminder(ids: ReadonlySet<string>, messages: readonly SinkMessage[]): Map<string, SinkMessage[]> {
  const copies = new Map<string, SinkMessage[]>();
  for (const message of messages) {
    const id = /^<reminder-([0-9a-f-]{36})@/.exec(message.messageId ?? '')?.[1];
    if (id && ids.has(id)) copies.set(id, [...(copies.get(id) ?? []), message]);
  }
  return copies;
}

async function flaggedAttempts(owner: Client, ids: readonly string[]): Promise<Map<string, number>> {
  const { rows } = await owner.query<{ reminder_id: string; flagged: number }>(
    `SELECT reminder_id, count(*)::int AS flagged FROM reminder_attempts
      WHERE reminder_id = ANY($1::uuid[]) AND possible_duplicate GROUP BY reminder_id`,
    [ids],
  );
  return new Map(rows.map((row) => [row.reminder_id, row.flagged]));
}

function overlap(received: readonly SinkMessage[]): boolean {
  const sorted = [...received].sort((a, b) => a.dataStartedAt - b.dataStartedAt);
  return sorted.some((message, index) => index > 0 && message.dataStartedAt < sorted[index - 1].acceptedAt);
}
