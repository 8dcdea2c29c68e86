import { Args, ID, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { AuthContext } from '../auth/auth-context';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { selectsPath } from '../../platform/graphql/selects-path';
import { selectsPlan } from '../assignments/views/selects-plan';
import { DashboardService, ListSelection } from './dashboard.service';
import { Dashboard } from './dto/dashboard.type';

function listSelection(info: GraphQLResolveInfo, list: string): ListSelection {
  return { withReminders: selectsPath(info, [list, 'reminders']), withPlan: selectsPlan(info, [list]) };
}

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
      upcomingInterviews: listSelection(info, 'upcomingInterviews'),
      atRisk: listSelection(info, 'atRisk'),
      outcomes: selectsPath(info, ['outcomes']),
    });
  }
}
