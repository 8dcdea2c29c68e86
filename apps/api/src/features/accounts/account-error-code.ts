export enum AccountErrorCode {
  InvalidResetToken = 'INVALID_PASSWORD_RESET_TOKEN',
  WrongPassword = 'WRONG_CURRENT_PASSWORD',
}
