import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { QUEUE_CONCURRENCY } from '@prep/jobs';
import type { ClaimedReminder, CoachComment } from './claimed-reminder';
import { StatementBatcher } from './statement-batcher';

interface CommentsRequest {
  organizationId: string;
  assignmentId: string;
  itemKeys: readonly string[];
}

// One call of item_comments_for_send per request, each under its own organization as tenant; the
// item keys travel as JSON so requests of different lengths share one array parameter.
const COMMENTS_BATCH_SQL = `
  SELECT b.position, c.item_key, c.body
    FROM unnest($1::uuid[], $2::uuid[], $3::jsonb[]) WITH ORDINALITY AS b(organization_id, assignment_id, item_keys, position)
   CROSS JOIN LATERAL item_comments_for_send(
           b.organization_id, b.assignment_id, ARRAY(SELECT jsonb_array_elements_text(b.item_keys))) AS c`;

/**
 * The coach's comments on the items a candidate reminder covers, read after the send-time checks
 * said send. Reminders without items (the assignment email, check-ins) read nothing; the rest of
 * one event-loop turn share a statement.
 */
@Injectable()
export class CoachCommentReads {
  private readonly batcher: StatementBatcher<CommentsRequest, CoachComment[]>;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.batcher = new StatementBatcher((requests) => readBatch(dataSource, requests), QUEUE_CONCURRENCY.reminders);
  }

  forReminder(reminder: ClaimedReminder): Promise<CoachComment[]> {
    if (reminder.recipient !== 'candidate' || reminder.itemKeys.length === 0) return Promise.resolve([]);
    return this.batcher.submit({
      organizationId: reminder.organizationId,
      assignmentId: reminder.assignmentId,
      itemKeys: reminder.itemKeys,
    });
  }
}

async function readBatch(dataSource: DataSource, requests: CommentsRequest[]): Promise<CoachComment[][]> {
  const rows: Array<{ position: string; item_key: string; body: string }> = await dataSource.query(COMMENTS_BATCH_SQL, [
    requests.map((request) => request.organizationId),
    requests.map((request) => request.assignmentId),
    requests.map((request) => JSON.stringify(request.itemKeys)),
  ]);
  const answers: CoachComment[][] = requests.map(() => []);
  for (const row of rows) answers[Number(row.position) - 1].push({ itemKey: row.item_key, body: row.body });
  return answers;
}
