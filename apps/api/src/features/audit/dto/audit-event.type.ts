import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AuditActorType } from '@prep/persistence';
import { ConnectionType } from '../../../platform/pagination/connection.type';
import { JsonObjectScalar } from '../../../platform/graphql/json-object.scalar';

registerEnumType(AuditActorType, {
  name: 'AuditActorType',
  description: 'MEMBER: a signed-in member; CANDIDATE: from the private link; SYSTEM: the service itself.',
});

@ObjectType('AuditEvent', { description: 'Who did what to which record, and when. Never holds a secret.' })
export class AuditEventType {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field(() => AuditActorType)
  actorType: AuditActorType;

  @Field(() => ID, { nullable: true, description: 'The acting member, for MEMBER events.' })
  actorMemberId: string | null;

  @Field({ description: 'Dotted verb, e.g. `candidate.created`, `member.signed_in`.' })
  action: string;

  @Field()
  subjectType: string;

  @Field(() => ID)
  subjectId: string;

  @Field(() => JsonObjectScalar, {
    description: 'What changed (field names, counts, reasons); `{"erased": true}` once erased.',
  })
  details: Record<string, unknown>;
}

@ObjectType()
export class AuditEventConnection extends ConnectionType(AuditEventType, 'AuditEvent') {}
