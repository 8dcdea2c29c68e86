import { Args, Context, ID, Info, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { TenantTransactions } from '@prep/persistence';
import { AssignmentSection, AssignmentType } from '../assignments/dto/assignment.type';
import type { AuthContext } from '../auth/auth-context';
import { CurrentAuth } from '../auth/current-auth.decorator';
import { RequestBatch, RequestBatches } from '../../platform/graphql/request-batch';
import { selectsPath } from '../../platform/graphql/selects-path';
import { ItemCommentType } from './dto/item-comment.type';
import { ItemCommentsService } from './item-comments.service';
import { ItemWork, loadItemWork, NO_ITEM_WORK } from './item-work';

@Resolver(() => ItemCommentType)
export class ItemCommentsResolver {
  constructor(private readonly comments: ItemCommentsService) {}

  @Mutation(() => ItemCommentType, { description: 'A comment for the candidate on one item of their plan.' })
  addItemComment(
    @CurrentAuth() auth: AuthContext,
    @Args('assignmentId', { type: () => ID }) assignmentId: string,
    @Args('itemKey') itemKey: string,
    @Args('body') body: string,
  ): Promise<ItemCommentType> {
    return this.comments.add(auth, assignmentId, itemKey, body);
  }

  @Mutation(() => ItemCommentType, { description: 'Its author rewrites a comment.' })
  updateItemComment(
    @CurrentAuth() auth: AuthContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('body') body: string,
  ): Promise<ItemCommentType> {
    return this.comments.update(auth, id, body);
  }

  @Mutation(() => ID, { description: 'Its author deletes a comment; returns its id.' })
  deleteItemComment(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.comments.delete(auth, id);
  }
}

/** The item fields read apart from the assignment; a plan without them costs no statement. */
const WORK_FIELDS = ['notes', 'chosen', 'doneAt', 'comments'];

/** The plan with the candidate's work and the comments on each item, read for a whole list at once. */
@Resolver(() => AssignmentType)
export class AssignmentItemWorkResolver {
  private readonly batches = new RequestBatches<ItemWork>();

  constructor(private readonly tenants: TenantTransactions) {}

  @ResolveField(() => [AssignmentSection], {
    description: 'The plan as assigned (a snapshot), with the candidate’s work and the comments on each item.',
  })
  async plan(
    @CurrentAuth() auth: AuthContext,
    @Parent() assignment: AssignmentType,
    @Context('req') request: object,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AssignmentSection[]> {
    if (!WORK_FIELDS.some((field) => selectsPath(info, ['items', field]))) return assignment.plan;
    const load = (ids: string[]) =>
      this.tenants.run({ organizationId: auth.organizationId }, (manager) =>
        loadItemWork(manager, auth.organizationId, ids),
      );
    const work = await this.batches.forRequest(request, () => new RequestBatch(load, NO_ITEM_WORK)).get(assignment.id);
    return assignment.plan.map((section) => ({
      ...section,
      items: section.items.map((item) => {
        const progress = work.progress.get(item.key);
        return {
          ...item,
          notes: progress?.notes ?? null,
          chosen: progress?.chosen ?? false,
          doneAt: progress?.doneAt ?? null,
          comments: work.comments.get(item.key) ?? [],
        };
      }),
    }));
  }
}
