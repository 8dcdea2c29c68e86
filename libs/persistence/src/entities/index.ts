import { AssignmentLinkEntity } from './assignment-link.entity';
import { AssignmentEntity } from './assignment.entity';
import { AuditEventEntity } from './audit-event.entity';
import { BuiltinPlanVersionEntity } from './builtin-plan-version.entity';
import { CandidateEntity } from './candidate.entity';
import { DeliveryEntity } from './delivery.entity';
import { InvitationEntity } from './invitation.entity';
import { ItemCommentEntity } from './item-comment.entity';
import { ItemProgressEntity } from './item-progress.entity';
import { MemberEntity } from './member.entity';
import { OrganizationEntity } from './organization.entity';
import { PasswordResetTokenEntity } from './password-reset-token.entity';
import { PlanTemplateVersionEntity } from './plan-template-version.entity';
import { PlanTemplateEntity } from './plan-template.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { ReminderEntity } from './reminder.entity';
import { UserEntity } from './user.entity';

export {
  AssignmentEntity,
  AssignmentLinkEntity,
  DeliveryEntity,
  ReminderEntity,
  AuditEventEntity,
  BuiltinPlanVersionEntity,
  CandidateEntity,
  InvitationEntity,
  ItemCommentEntity,
  ItemProgressEntity,
  MemberEntity,
  OrganizationEntity,
  PasswordResetTokenEntity,
  PlanTemplateEntity,
  PlanTemplateVersionEntity,
  RefreshTokenEntity,
  UserEntity,
};
export { MemberStatus } from './member.entity';
export { PlanTemplateStatus } from './plan-template.entity';
export { InterviewFormat } from './assignment.entity';
export { AuditActorType } from './audit-event.entity';
export { AssignmentLinkPurpose } from './assignment-link.entity';

export const ENTITIES = [
  OrganizationEntity,
  UserEntity,
  MemberEntity,
  RefreshTokenEntity,
  InvitationEntity,
  PasswordResetTokenEntity,
  CandidateEntity,
  BuiltinPlanVersionEntity,
  PlanTemplateEntity,
  PlanTemplateVersionEntity,
  AssignmentEntity,
  ItemProgressEntity,
  AuditEventEntity,
  AssignmentLinkEntity,
  ReminderEntity,
  DeliveryEntity,
  ItemCommentEntity,
];
