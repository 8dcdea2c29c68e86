import { AuthErrorCode } from '../auth/auth-error-code';
import { CandidateErrorCode } from '../candidates/candidate-error-code';
import { MemberErrorCode } from '../members/member-error-code';
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
};

const MEMBERS: Record<MemberErrorCode, PublicErrorCode> = {
  [MemberErrorCode.EmailAlreadyRegistered]: PublicErrorCode.Conflict,
  [MemberErrorCode.CannotInviteOwner]: PublicErrorCode.BadUserInput,
};

const CANDIDATES: Record<CandidateErrorCode, PublicErrorCode> = {
  [CandidateErrorCode.NotFound]: PublicErrorCode.NotFound,
  [CandidateErrorCode.CoachNotFound]: PublicErrorCode.BadUserInput,
  [CandidateErrorCode.EmailInUse]: PublicErrorCode.Conflict,
  [CandidateErrorCode.Archived]: PublicErrorCode.BadUserInput,
};

const ERROR_CODE_MAP: Record<string, PublicErrorCode> = { ...COMMON, ...AUTH, ...MEMBERS, ...CANDIDATES };

export function publicCodeFor(moduleCode: string): PublicErrorCode {
  return ERROR_CODE_MAP[moduleCode] ?? PublicErrorCode.InternalServerError;
}
