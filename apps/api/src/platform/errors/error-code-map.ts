import { AccountErrorCode } from '../../features/accounts/account-error-code';
import { AssignmentErrorCode } from '../../features/assignments/assignment-error-code';
import { AuthErrorCode } from '../../features/auth/auth-error-code';
import { CandidateDataErrorCode } from '../../features/candidate-data/candidate-data-error-code';
import { CandidatePlanErrorCode } from '../../features/candidate-plan/candidate-plan-error-code';
import { EmailPreferenceErrorCode } from '../../features/email-preferences/email-preference-error-code';
import { CandidateErrorCode } from '../../features/candidates/candidate-error-code';
import { DashboardErrorCode } from '../../features/dashboard/dashboard-error-code';
import { ItemCommentErrorCode } from '../../features/item-comments/item-comment-error-code';
import { MemberErrorCode } from '../../features/members/member-error-code';
import { OrganizationErrorCode } from '../../features/organization/organization-error-code';
import { OrganizationSettingsErrorCode } from '../../features/organization-settings/organization-settings-error-code';
import { PlanTemplateErrorCode } from '../../features/plan-templates/plan-template-error-code';
import { ReminderErrorCode } from '../../features/reminders/reminder-error-code';
import { CommonErrorCode } from './common-error-code';
import { PublicErrorCode } from './public-error-code';

/**
 * Every module's error codes and the public GraphQL code each one answers with. The Record
 * types make a code without a mapping a compile error.
 */
const COMMON: Record<CommonErrorCode, PublicErrorCode> = {
  [CommonErrorCode.InvalidInput]: PublicErrorCode.BadUserInput,
  [CommonErrorCode.InvalidCursor]: PublicErrorCode.BadUserInput,
  [CommonErrorCode.PageSizeOutOfRange]: PublicErrorCode.BadUserInput,
  [CommonErrorCode.RateLimited]: PublicErrorCode.RateLimited,
};

const AUTH: Record<AuthErrorCode, PublicErrorCode> = {
  [AuthErrorCode.NotAuthenticated]: PublicErrorCode.Unauthenticated,
  [AuthErrorCode.InvalidCredentials]: PublicErrorCode.Unauthenticated,
  [AuthErrorCode.InvalidRefreshToken]: PublicErrorCode.Unauthenticated,
  [AuthErrorCode.RefreshTokenReused]: PublicErrorCode.Unauthenticated,
  [AuthErrorCode.InvalidInvitation]: PublicErrorCode.NotFound,
  [AuthErrorCode.EmailAlreadyRegistered]: PublicErrorCode.Conflict,
  [AuthErrorCode.RoleNotAllowed]: PublicErrorCode.Forbidden,
  [AuthErrorCode.CrossSiteRequest]: PublicErrorCode.Forbidden,
};

const MEMBERS: Record<MemberErrorCode, PublicErrorCode> = {
  [MemberErrorCode.EmailAlreadyRegistered]: PublicErrorCode.Conflict,
  [MemberErrorCode.CannotInviteOwner]: PublicErrorCode.BadUserInput,
  [MemberErrorCode.NotFound]: PublicErrorCode.NotFound,
  [MemberErrorCode.Removed]: PublicErrorCode.Conflict,
  [MemberErrorCode.OwnerOnly]: PublicErrorCode.Forbidden,
  [MemberErrorCode.LastOwner]: PublicErrorCode.Conflict,
  [MemberErrorCode.CannotRemoveSelf]: PublicErrorCode.BadUserInput,
  [MemberErrorCode.CannotTransferToSelf]: PublicErrorCode.BadUserInput,
  [MemberErrorCode.NotActive]: PublicErrorCode.Conflict,
  [MemberErrorCode.NotInvited]: PublicErrorCode.Conflict,
  [MemberErrorCode.HandOverRequired]: PublicErrorCode.BadUserInput,
  [MemberErrorCode.HandOverMemberNotFound]: PublicErrorCode.BadUserInput,
};

const ACCOUNTS: Record<AccountErrorCode, PublicErrorCode> = {
  [AccountErrorCode.InvalidResetToken]: PublicErrorCode.NotFound,
  [AccountErrorCode.WrongPassword]: PublicErrorCode.BadUserInput,
};

const ORGANIZATION_SETTINGS: Record<OrganizationSettingsErrorCode, PublicErrorCode> = {
  [OrganizationSettingsErrorCode.InvalidQuietHours]: PublicErrorCode.BadUserInput,
  [OrganizationSettingsErrorCode.InvalidRetentionDays]: PublicErrorCode.BadUserInput,
};

const CANDIDATES: Record<CandidateErrorCode, PublicErrorCode> = {
  [CandidateErrorCode.NotFound]: PublicErrorCode.NotFound,
  [CandidateErrorCode.CoachNotFound]: PublicErrorCode.BadUserInput,
  [CandidateErrorCode.EmailInUse]: PublicErrorCode.Conflict,
  [CandidateErrorCode.Archived]: PublicErrorCode.BadUserInput,
  [CandidateErrorCode.Erased]: PublicErrorCode.Conflict,
};

const PLAN_TEMPLATES: Record<PlanTemplateErrorCode, PublicErrorCode> = {
  [PlanTemplateErrorCode.NotFound]: PublicErrorCode.NotFound,
  [PlanTemplateErrorCode.InvalidContent]: PublicErrorCode.BadUserInput,
  [PlanTemplateErrorCode.BuiltInReadOnly]: PublicErrorCode.BadUserInput,
  [PlanTemplateErrorCode.ArchivedReadOnly]: PublicErrorCode.Conflict,
  [PlanTemplateErrorCode.NothingToPublish]: PublicErrorCode.Conflict,
  [PlanTemplateErrorCode.NotPublished]: PublicErrorCode.BadUserInput,
  [PlanTemplateErrorCode.Archived]: PublicErrorCode.BadUserInput,
};

const ASSIGNMENTS: Record<AssignmentErrorCode, PublicErrorCode> = {
  [AssignmentErrorCode.NotFound]: PublicErrorCode.NotFound,
  [AssignmentErrorCode.InterviewInPast]: PublicErrorCode.BadUserInput,
  [AssignmentErrorCode.InvalidPlanChange]: PublicErrorCode.BadUserInput,
  [AssignmentErrorCode.StatusConflict]: PublicErrorCode.Conflict,
  [AssignmentErrorCode.NotANextRound]: PublicErrorCode.BadUserInput,
  [AssignmentErrorCode.NextRoundExists]: PublicErrorCode.Conflict,
};

const CANDIDATE_PLAN: Record<CandidatePlanErrorCode, PublicErrorCode> = {
  [CandidatePlanErrorCode.LinkNotFound]: PublicErrorCode.NotFound,
  [CandidatePlanErrorCode.ItemNotFound]: PublicErrorCode.BadUserInput,
  [CandidatePlanErrorCode.NotAQuestionToAsk]: PublicErrorCode.BadUserInput,
  [CandidatePlanErrorCode.PlanClosed]: PublicErrorCode.Conflict,
  [CandidatePlanErrorCode.StatusConflict]: PublicErrorCode.Conflict,
};

const REMINDERS: Record<ReminderErrorCode, PublicErrorCode> = {
  [ReminderErrorCode.NotFound]: PublicErrorCode.NotFound,
  [ReminderErrorCode.NotPending]: PublicErrorCode.Conflict,
};

const EMAIL_PREFERENCES: Record<EmailPreferenceErrorCode, PublicErrorCode> = {
  [EmailPreferenceErrorCode.LinkNotFound]: PublicErrorCode.NotFound,
};

const ITEM_COMMENTS: Record<ItemCommentErrorCode, PublicErrorCode> = {
  [ItemCommentErrorCode.NotFound]: PublicErrorCode.NotFound,
  [ItemCommentErrorCode.ItemNotFound]: PublicErrorCode.BadUserInput,
  [ItemCommentErrorCode.NotTheAuthor]: PublicErrorCode.Forbidden,
};

const DASHBOARD: Record<DashboardErrorCode, PublicErrorCode> = {
  [DashboardErrorCode.InvalidRange]: PublicErrorCode.BadUserInput,
};

const CANDIDATE_DATA: Record<CandidateDataErrorCode, PublicErrorCode> = {
  [CandidateDataErrorCode.AlreadyErased]: PublicErrorCode.Conflict,
};

const ORGANIZATION: Record<OrganizationErrorCode, PublicErrorCode> = {
  [OrganizationErrorCode.SlugMismatch]: PublicErrorCode.BadUserInput,
  [OrganizationErrorCode.Deleted]: PublicErrorCode.Unauthenticated,
};

const ERROR_CODE_MAP: Record<string, PublicErrorCode> = {
  ...COMMON,
  ...AUTH,
  ...MEMBERS,
  ...ACCOUNTS,
  ...ORGANIZATION_SETTINGS,
  ...CANDIDATES,
  ...PLAN_TEMPLATES,
  ...ASSIGNMENTS,
  ...CANDIDATE_PLAN,
  ...REMINDERS,
  ...EMAIL_PREFERENCES,
  ...DASHBOARD,
  ...CANDIDATE_DATA,
  ...ORGANIZATION,
  ...ITEM_COMMENTS,
};

export function publicCodeFor(moduleCode: string): PublicErrorCode {
  return ERROR_CODE_MAP[moduleCode] ?? PublicErrorCode.InternalServerError;
}
