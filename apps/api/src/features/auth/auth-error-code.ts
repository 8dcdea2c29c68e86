export enum AuthErrorCode {
  NotAuthenticated = 'NOT_AUTHENTICATED',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  InvalidRefreshToken = 'INVALID_REFRESH_TOKEN',
  RefreshTokenReused = 'REFRESH_TOKEN_REUSED',
  InvalidInvitation = 'INVALID_INVITATION',
  EmailAlreadyRegistered = 'EMAIL_ALREADY_REGISTERED',
  RoleNotAllowed = 'ROLE_NOT_ALLOWED',
  CrossSiteRequest = 'CROSS_SITE_REQUEST',
}
