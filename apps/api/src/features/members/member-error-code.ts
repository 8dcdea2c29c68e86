export enum MemberErrorCode {
  EmailAlreadyRegistered = 'MEMBER_EMAIL_ALREADY_REGISTERED',
  CannotInviteOwner = 'CANNOT_INVITE_OWNER',
}
