import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { MemberRole } from '@prep/domain';
import type { AuthContext } from '../auth/auth-context';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { RequireRole } from '../auth/roles.decorator';
import { OrganizationSettingsType } from './dto/organization-settings.type';
import { UpdateOrganizationSettingsInput } from './dto/update-organization-settings.input';
import { OrganizationSettingsService } from './organization-settings.service';

@Resolver(() => OrganizationSettingsType)
export class OrganizationSettingsResolver {
  constructor(private readonly settings: OrganizationSettingsService) {}

  @Query(() => OrganizationSettingsType, { description: 'The signed-in member’s organization.' })
  organizationSettings(@CurrentAuth() auth: AuthContext): Promise<OrganizationSettingsType> {
    return this.settings.get(auth);
  }

  @RequireRole(MemberRole.OWNER, MemberRole.ADMIN)
  @Mutation(() => OrganizationSettingsType)
  updateOrganizationSettings(
    @CurrentAuth() auth: AuthContext,
    @Args('input') input: UpdateOrganizationSettingsInput,
  ): Promise<OrganizationSettingsType> {
    return this.settings.update(auth, input);
  }
}
