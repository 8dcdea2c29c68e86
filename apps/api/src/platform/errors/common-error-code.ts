/** Failures that belong to no single feature. */
export enum CommonErrorCode {
  InvalidInput = 'INVALID_INPUT',
  InvalidCursor = 'INVALID_CURSOR',
  PageSizeOutOfRange = 'PAGE_SIZE_OUT_OF_RANGE',
  RateLimited = 'RATE_LIMITED',
}
