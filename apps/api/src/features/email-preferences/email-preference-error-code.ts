export enum EmailPreferenceErrorCode {
  LinkNotFound = 'EMAIL_PREFERENCE_LINK_NOT_FOUND',
}
