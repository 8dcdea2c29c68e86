import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthContext } from '../auth/auth-context';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { CandidateType } from '../candidates/dto/candidate.type';
import { RequestBatch, RequestBatches } from '../../platform/graphql/request-batch';
import { AssignmentsService } from './assignments.service';
import { AssignmentType } from './dto/assignment.type';

@Resolver(() => CandidateType)
export class CandidateHistoryResolver {
  private readonly batches = new RequestBatches<AssignmentType[]>();

  constructor(private readonly assignmentsService: AssignmentsService) {}

  @ResolveField(() => [AssignmentType], {
    description: 'Assignment history, latest interview first (read in one statement for a whole list of candidates).',
  })
  assignments(
    @CurrentAuth() auth: AuthContext,
    @Parent() candidate: CandidateType,
    @Context('req') request: object,
  ): Promise<AssignmentType[]> {
    const load = (ids: string[]) => this.assignmentsService.historyOf(auth, ids);
    return this.batches.forRequest(request, () => new RequestBatch(load, [])).get(candidate.id);
  }
}
