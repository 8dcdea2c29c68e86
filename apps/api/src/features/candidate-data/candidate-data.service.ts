import { Injectable } from '@nestjs/common';
import { AuditActorType, eraseCandidate, TenantTransactions } from '@prep/persistence';
import { recordMemberAction } from '../audit/record-member-action';
import type { AuthContext } from '../auth/auth-context';
import { CandidatesService } from '../candidates/candidates.service';
import { AppError } from '../../platform/errors/app-error';
import { CandidateDataErrorCode } from './candidate-data-error-code';
import { readCandidateExport } from './candidate-export';
import { CandidateDataExportType, CandidateErasureType } from './dto/candidate-data.type';

/** A candidate's rights over their data: a copy of all of it, and its erasure. */
@Injectable()
export class CandidateDataService {
  constructor(
    private readonly tenants: TenantTransactions,
    private readonly candidates: CandidatesService,
  ) {}

  /** The candidate's coach, OWNER and ADMIN; anyone else gets NOT_FOUND as for a missing id. */
  exportData(auth: AuthContext, candidateId: string): Promise<CandidateDataExportType> {
    return this.tenants.run({ organizationId: auth.organizationId }, async (manager) => {
      await this.candidates.findVisible(manager, auth, candidateId);
      const document = await readCandidateExport(manager, auth.organizationId, candidateId);
      await recordMemberAction(manager, auth, {
        action: 'candidate.exported',
        subjectType: 'candidate',
        subjectId: candidateId,
      });
      return { document };
    });
  }

  /** One transaction: either every trace is gone and the erasure audited, or nothing changed. */
  erase(auth: AuthContext, candidateId: string): Promise<CandidateErasureType> {
    return this.tenants.run({ organizationId: auth.organizationId }, async (manager) => {
      await this.candidates.findVisible(manager, auth, candidateId);
      const actor = { type: AuditActorType.MEMBER, id: auth.memberId };
      const erasure = await eraseCandidate(manager, auth.organizationId, candidateId, actor, 'request');
      if (!erasure) throw new AppError(CandidateDataErrorCode.AlreadyErased, 'This candidate was already erased');
      return {
        candidate: await this.candidates.findVisible(manager, auth, candidateId),
        assignments: erasure.assignments,
        remindersCancelled: erasure.remindersCancelled,
        messagesBlanked: erasure.deliveriesBlanked,
      };
    });
  }
}
