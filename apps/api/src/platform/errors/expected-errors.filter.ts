import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { ContentValidationError } from '@prep/content';
import { DomainValidationError } from '@prep/domain';
import { AppError } from './app-error';

/**
 * Expected failures (a wrong password, a missing record, bad input) are answers, not incidents:
 * hand them to the GraphQL error formatter as they are, without Nest's error-level log line.
 * Anything else still reaches the formatter, which logs it with an errorId.
 */
@Catch(AppError, DomainValidationError, ContentValidationError)
export class ExpectedErrorsFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(exception: Error, host: ArgumentsHost): Error | void {
    // Plain HTTP routes keep Nest's default handling.
    if (host.getType<string>() !== 'graphql') return super.catch(exception, host);
    return exception;
  }
}
