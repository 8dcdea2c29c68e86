import { Field, ObjectType } from '@nestjs/graphql';

/** The fields of a plan item as assigned, shared by the coach's and the candidate's views. */
@ObjectType({ isAbstract: true })
export abstract class PlanItemFields {
  @Field()
  key: string;

  @Field()
  kind: string;

  @Field()
  title: string;

  @Field()
  guidance: string;

  @Field(() => String, { nullable: true })
  category: string | null;

  @Field(() => [String])
  followUps: string[];

  @Field()
  done: boolean;
}
