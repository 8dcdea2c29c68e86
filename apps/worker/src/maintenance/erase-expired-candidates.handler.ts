import { Injectable, Logger } from '@nestjs/common';
import { AuditActorType, candidatesPastRetention, eraseCandidate, TenantTransactions } from '@prep/persistence';
import type { JobPayload } from '@prep/jobs';
import type { JobHandler } from '../queue-runtime/job-handler';

const BATCH_SIZE = 100;

/**
 * Erases the organization's candidates past their retention period, each in its own transaction
 * (a failure keeps what was done), with an audit row per candidate whose actor is the system.
 */
@Injectable()
export class EraseExpiredCandidatesHandler implements JobHandler<'erase-expired-candidates'> {
  readonly jobName = 'erase-expired-candidates' as const;
  private readonly logger = new Logger(EraseExpiredCandidatesHandler.name);

  constructor(private readonly tenants: TenantTransactions) {}

  async handle({ organizationId }: JobPayload<'erase-expired-candidates'>): Promise<void> {
    const now = new Date();
    const totals = { candidates: 0, assignments: 0, remindersCancelled: 0 };
    for (;;) {
      const due = await this.tenants.run({ organizationId }, (manager) =>
        candidatesPastRetention(manager, organizationId, now, BATCH_SIZE),
      );
      for (const candidateId of due) {
        const erased = await this.tenants.run({ organizationId }, (manager) =>
          eraseCandidate(manager, organizationId, candidateId, { type: AuditActorType.SYSTEM, id: null }, 'retention'),
        );
        if (!erased) continue;
        totals.candidates += 1;
        totals.assignments += erased.assignments;
        totals.remindersCancelled += erased.remindersCancelled;
      }
      if (due.length < BATCH_SIZE) break;
    }
    this.logger.log(
      `Retention for organization ${organizationId}: erased ${totals.candidates} candidate(s), ` +
        `${totals.assignments} assignment(s) anonymized, ${totals.remindersCancelled} pending reminder(s) cancelled`,
    );
  }
}
