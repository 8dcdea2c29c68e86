import { Args, GraphQLISODateTime, Mutation, Resolver } from '@nestjs/graphql';
import { MemberRole } from '@prep/domain';
import type { AuthContext } from '../auth/auth-context';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { RequireRole } from '../auth/roles.decorator';
import { OrganizationDeletionService } from './organization-deletion.service';

@Resolver()
export class OrganizationDeletionResolver {
  constructor(private readonly deletion: OrganizationDeletionService) {}

  @RequireRole(MemberRole.OWNER)
  @Mutation(() => GraphQLISODateTime, {
    description:
      'Deletes the organization and everything in it; `confirmSlug` must be its slug. From the returned instant every ' +
      'session, sign-in and request of its members is refused; its rows are removed shortly after. OWNER only.',
  })
  deleteOrganization(@CurrentAuth() auth: AuthContext, @Args('confirmSlug') confirmSlug: string): Promise<Date> {
    return this.deletion.delete(auth, confirmSlug);
  }
}
