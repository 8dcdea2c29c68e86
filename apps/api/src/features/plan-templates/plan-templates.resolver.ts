import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { MemberRole } from '@prep/domain';
import type { AuthContext } from '../auth/auth-context';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { RequireRole } from '../auth/roles.decorator';
import { UpdatePlanTemplateInput } from './dto/plan-template.inputs';
import { PlanTemplateType } from './dto/plan-template.type';
import { PlanTemplateVersionType } from './dto/plan-template-version.type';
import { PlanTemplatesService } from './plan-templates.service';

@Resolver(() => PlanTemplateType)
export class PlanTemplatesResolver {
  constructor(private readonly templates: PlanTemplatesService) {}

  @Query(() => [PlanTemplateType], { description: "The latest built-in plans, then the organization's own by title." })
  planTemplates(
    @CurrentAuth() auth: AuthContext,
    @Args('includeArchived', { type: () => Boolean, nullable: true, defaultValue: false })
    includeArchived: boolean | null,
  ): Promise<PlanTemplateType[]> {
    return this.templates.list(auth, includeArchived ?? false);
  }

  @Query(() => PlanTemplateType)
  planTemplate(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PlanTemplateType> {
    return this.templates.get(auth, id);
  }

  @ResolveField(() => [PlanTemplateVersionType], { description: 'Its published versions, newest first.' })
  versions(@CurrentAuth() auth: AuthContext, @Parent() template: PlanTemplateType): Promise<PlanTemplateVersionType[]> {
    return this.templates.versions(auth, template);
  }

  @RequireRole(MemberRole.OWNER, MemberRole.ADMIN)
  @Mutation(() => PlanTemplateType, {
    description: 'Copies a built-in or organization template into a new unpublished draft.',
  })
  forkPlanTemplate(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PlanTemplateType> {
    return this.templates.fork(auth, id);
  }

  @RequireRole(MemberRole.OWNER, MemberRole.ADMIN)
  @Mutation(() => PlanTemplateType, {
    description: 'Replaces the given parts of the draft; the whole draft must stay a valid plan.',
  })
  updatePlanTemplate(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdatePlanTemplateInput,
  ): Promise<PlanTemplateType> {
    return this.templates.update(auth, id, input);
  }

  @RequireRole(MemberRole.OWNER, MemberRole.ADMIN)
  @Mutation(() => PlanTemplateType, { description: 'Publishes the draft as the next immutable version.' })
  publishPlanTemplate(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PlanTemplateType> {
    return this.templates.publish(auth, id);
  }

  @RequireRole(MemberRole.OWNER, MemberRole.ADMIN)
  @Mutation(() => PlanTemplateType)
  archivePlanTemplate(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PlanTemplateType> {
    return this.templates.archive(auth, id);
  }
}
