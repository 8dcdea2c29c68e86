import { AssignmentEntity } from './assignment.entity';
import { AuditEventEntity } from './audit-event.entity';
import { BuiltinPlanVersionEntity } from './builtin-plan-version.entity';
import { CandidateEntity } from './candidate.entity';
import { InvitationEntity } from './invitation.entity';
import { ItemProgressEntity } from './item-progress.entity';
import { MemberEntity } from './member.entity';
import { OrganizationEntity } from './organization.entity';
import { PlanTemplateVersionEntity } from './plan-template-version.entity';
import { PlanTemplateEntity } from './plan-template.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { UserEntity } from './user.entity';

export {
  AssignmentEntity,
  AuditEventEntity,
  BuiltinPlanVersionEntity,
  CandidateEntity,
  InvitationEntity,
  ItemProgressEntity,
  MemberEntity,
  OrganizationEntity,
  PlanTemplateEntity,
  PlanTemplateVersionEntity,
  RefreshTokenEntity,
  UserEntity,
};
export { MemberStatus } from './member.entity';
export { PlanTemplateStatus } from './plan-template.entity';
export { InterviewFormat } from './assignment.entity';
export { AuditActorType } from './audit-event.entity';

export const ENTITIES = [
  OrganizationEntity,
  UserEntity,
  MemberEntity,
  RefreshTokenEntity,
  InvitationEntity,
  CandidateEntity,
  BuiltinPlanVersionEntity,
  PlanTemplateEntity,
  PlanTemplateVersionEntity,
  AssignmentEntity,
  ItemProgressEntity,
  AuditEventEntity,
];
