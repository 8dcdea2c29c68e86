import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { deleteOrganizationBatch } from '@prep/persistence';
import type { JobPayload } from '@prep/jobs';
import type { JobHandler } from '../queue-runtime/job-handler';

const BATCH_SIZE = 1000;

/**
 * Deletes a deleted organization's rows table by table, a batch per statement. Every batch
 * commits, so a crash or a retry goes on from what is left; a finished deletion is a no-op.
 */
@Injectable()
export class DeleteOrganizationHandler implements JobHandler<'delete-organization'> {
  readonly jobName = 'delete-organization' as const;
  private readonly logger = new Logger(DeleteOrganizationHandler.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async handle({ organizationId }: JobPayload<'delete-organization'>): Promise<void> {
    const deleted = new Map<string, number>();
    for (;;) {
      const batch = await deleteOrganizationBatch(this.dataSource, organizationId, BATCH_SIZE);
      if (!batch) break;
      deleted.set(batch.table, (deleted.get(batch.table) ?? 0) + batch.deleted);
    }
    const summary = [...deleted].map(([table, count]) => `${table} ${count}`).join(', ') || 'nothing left';
    this.logger.log(`Deleted organization ${organizationId}: ${summary}`);
  }
}
