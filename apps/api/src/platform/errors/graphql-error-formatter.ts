import { randomUUID } from 'node:crypto';
import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ContentValidationError } from '@prep/content';
import { DomainValidationError } from '@prep/domain';
import { OrganizationDeletingError } from '@prep/persistence';
import { OrganizationErrorCode } from '../../features/organization/organization-error-code';
import { AppError } from './app-error';
import { publicCodeFor } from './error-code-map';
import { PublicErrorCode } from './public-error-code';

export interface ErrorLogger {
  error(payload: object, message: string): void;
}

/** Apollo's own request-level codes, which all mean "this request is malformed". */
const MALFORMED_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/**
 * The single place that turns any error into what a client sees. Expected errors keep their
 * message and get a public code; anything else becomes INTERNAL_SERVER_ERROR with an errorId
 * that is written to the log together with the real error.
 */
export function createGraphqlErrorFormatter(logger: ErrorLogger, exposeDetails: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = asAppError(unwrapResolverError(error));
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (original instanceof AppError) {
      return {
        ...base,
        message: original.message,
        extensions: { code: publicCodeFor(original.code), reason: original.code, ...original.details },
      };
    }
    if (original instanceof DomainValidationError) {
      return {
        ...base,
        message: original.message,
        extensions: { code: PublicErrorCode.BadUserInput, field: original.field },
      };
    }
    if (original instanceof ContentValidationError) {
      // Plan content edited through the API: name the path inside the plan, not a file.
      const issues = original.issues.map((issue) => ({ path: issue.path, message: issue.message }));
      const message = issues
        .map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message))
        .join('; ');
      return { ...base, message, extensions: { code: PublicErrorCode.BadUserInput, issues } };
    }
    const apolloCode = formatted.extensions?.code;
    if (typeof apolloCode === 'string' && MALFORMED_REQUEST_CODES.has(apolloCode) && !formatted.path) {
      return { ...base, extensions: { code: PublicErrorCode.BadUserInput, reason: apolloCode } };
    }
    const errorId = randomUUID();
    logger.error({ errorId, err: original }, 'Unhandled error in GraphQL request');
    return {
      ...base,
      message: exposeDetails && original instanceof Error ? original.message : 'Internal server error',
      extensions: { code: PublicErrorCode.InternalServerError, errorId },
    };
  };
}

/** Errors from the libraries that are expected answers, as the API's own. */
function asAppError(error: unknown): unknown {
  if (error instanceof OrganizationDeletingError) return new AppError(OrganizationErrorCode.Deleted, error.message);
  return error;
}
