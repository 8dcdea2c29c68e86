import { Args, ID, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { AuthContext } from '../auth/auth-context';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { selectsPath } from '../../platform/graphql/selects-path';
import { selectedViewParts } from '../assignments/views/assignment-view-parts';
import { DashboardService } from './dashboard.service';
import { Dashboard } from './dto/dashboard.type';

@Resolver(() => Dashboard)
export class DashboardResolver {
  constructor(private readonly dashboardService: DashboardService) {}

  @Query(() => Dashboard, {
    description: 'A COACH sees their own candidates; OWNER/ADMIN the organization or one coach (coachId).',
  })
  dashboard(
    @CurrentAuth() auth: AuthContext,
    @Args('from') from: string,
    @Args('to') to: string,
    @Args('coachId', { type: () => ID, nullable: true }) coachId: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Dashboard> {
    return this.dashboardService.report(auth, from, to, coachId, {
      upcomingInterviews: selectedViewParts(info, ['upcomingInterviews']),
      atRisk: selectedViewParts(info, ['atRisk']),
      outcomes: selectsPath(info, ['outcomes']),
    });
  }
}
