/**
 * An expected failure a module raises with its own error code (e.g. CandidateErrorCode.NotFound).
 * The code is mapped to a public GraphQL code in one place: error-code-map.ts.
 */
export class AppError<TCode extends string = string> extends Error {
  constructor(
    readonly code: TCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}
