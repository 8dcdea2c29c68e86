import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { MemberRole } from '@prep/domain';
import type { AuthContext } from '../auth/auth-context';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { RequireRole } from '../auth/roles.decorator';
import { CandidateDataService } from './candidate-data.service';
import { CandidateDataExportType, CandidateErasureType } from './dto/candidate-data.type';

@Resolver()
export class CandidateDataResolver {
  constructor(private readonly candidateData: CandidateDataService) {}

  @Mutation(() => CandidateDataExportType, {
    description:
      'A copy of everything held about the candidate (GDPR articles 15 and 20), audited. OWNER, ADMIN and the candidate’s coach.',
  })
  exportCandidateData(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CandidateDataExportType> {
    return this.candidateData.exportData(auth, id);
  }

  @RequireRole(MemberRole.OWNER, MemberRole.ADMIN)
  @Mutation(() => CandidateErasureType, {
    description:
      'Erases the candidate’s personal data everywhere (GDPR article 17) and cancels what was pending; the anonymized ' +
      'rows stay so figures do. Cannot be undone. OWNER and ADMIN only.',
  })
  eraseCandidate(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CandidateErasureType> {
    return this.candidateData.erase(auth, id);
  }
}
