export enum MemberErrorCode {
  EmailAlreadyRegistered = 'MEMBER_EMAIL_ALREADY_REGISTERED',
  CannotInviteOwner = 'CANNOT_INVITE_OWNER',
  NotFound = 'MEMBER_NOT_FOUND',
  Removed = 'MEMBER_REMOVED',
  OwnerOnly = 'OWNER_ONLY',
  LastOwner = 'LAST_OWNER',
  CannotRemoveSelf = 'CANNOT_REMOVE_SELF',
  CannotTransferToSelf = 'CANNOT_TRANSFER_TO_SELF',
  NotActive = 'MEMBER_NOT_ACTIVE',
  NotInvited = 'MEMBER_NOT_INVITED',
  HandOverRequired = 'HAND_OVER_REQUIRED',
  HandOverMemberNotFound = 'HAND_OVER_MEMBER_NOT_FOUND',
}
