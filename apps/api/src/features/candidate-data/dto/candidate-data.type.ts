import { Field, Int, ObjectType } from '@nestjs/graphql';
import { JsonObjectScalar } from '../../../platform/graphql/json-object.scalar';
import { CandidateType } from '../../candidates/dto/candidate.type';

@ObjectType('CandidateDataExport')
export class CandidateDataExportType {
  @Field(() => JsonObjectScalar, {
    description:
      'Everything held about the candidate as one JSON object (format `candidate-data/1`): `candidate`, ' +
      '`assignments` (each with `progress`, `comments`, `reminders`, `messages` with their text, `links`) and `activity`.',
  })
  document: Record<string, unknown>;
}

@ObjectType('CandidateErasure')
export class CandidateErasureType {
  @Field(() => CandidateType, { description: 'The anonymized row that stays, so the organization’s figures do.' })
  candidate: CandidateType;

  @Field(() => Int, { description: 'Assignments kept with their personal fields blanked.' })
  assignments: number;

  @Field(() => Int, { description: 'Reminders still waiting that were cancelled (reason `candidate-erased`).' })
  remindersCancelled: number;

  @Field(() => Int, { description: 'Messages as sent whose recipient, subject and bodies were blanked.' })
  messagesBlanked: number;
}
