import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthContext } from '../auth/auth-context';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { CandidatesService } from './candidates.service';
import { CandidatesFilter, CreateCandidateInput, UpdateCandidateInput } from './dto/candidate.inputs';
import { CandidateConnection, CandidateType } from './dto/candidate.type';

@Resolver(() => CandidateType)
export class CandidatesResolver {
  constructor(private readonly candidatesService: CandidatesService) {}

  @Query(() => CandidateType)
  candidate(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string): Promise<CandidateType> {
    return this.candidatesService.get(auth, id);
  }

  @Query(() => CandidateConnection, { description: 'The roster by name. A COACH sees only their own candidates.' })
  candidates(
    @CurrentAuth() auth: AuthContext,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | undefined,
    @Args('filter', { type: () => CandidatesFilter, nullable: true }) filter: CandidatesFilter | undefined,
  ): Promise<CandidateConnection> {
    return this.candidatesService.list(auth, first, after ?? undefined, filter ?? {});
  }

  @Mutation(() => CandidateType)
  createCandidate(
    @CurrentAuth() auth: AuthContext,
    @Args('input') input: CreateCandidateInput,
  ): Promise<CandidateType> {
    return this.candidatesService.create(auth, input);
  }

  @Mutation(() => CandidateType, {
    description:
      'A new time zone moves pending reminders to their new times; the next message goes to the email and zone set here.',
  })
  updateCandidate(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateCandidateInput,
  ): Promise<CandidateType> {
    return this.candidatesService.update(auth, id, input);
  }

  @Mutation(() => CandidateType, {
    description:
      'Hides the candidate from the roster: their pending reminders are cancelled and their private links revoked.',
  })
  archiveCandidate(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CandidateType> {
    return this.candidatesService.archive(auth, id);
  }

  @Mutation(() => CandidateType, {
    description:
      'Puts an archived candidate back on the roster. Reminders and links that archiving cancelled or revoked stay so: assign a plan again or rotate its link.',
  })
  unarchiveCandidate(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CandidateType> {
    return this.candidatesService.unarchive(auth, id);
  }
}
