import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ItemComment', {
  description: "A coach's comment on a plan item; the candidate sees it on their page and in email.",
})
export class ItemCommentType {
  @Field(() => ID)
  id: string;

  @Field()
  itemKey: string;

  @Field()
  body: string;

  @Field(() => ID)
  authorId: string;

  @Field(() => String, { nullable: true, description: 'Null once the author is no longer a member.' })
  authorName: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
