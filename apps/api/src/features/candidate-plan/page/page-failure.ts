import { DomainValidationError } from '@prep/domain';
import { AppError } from '../../../platform/errors/app-error';
import { CommonErrorCode } from '../../../platform/errors/common-error-code';
import { CandidatePlanErrorCode } from '../candidate-plan-error-code';

/** How the page answers a failed request: a bare message page, or the plan with a problem. */
export type PageFailure =
  | { kind: 'link-not-found' }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'rejected'; status: 400 | 409; message: string }
  | { kind: 'unexpected' };

const FIELD_LABELS: Record<string, string> = {
  notes: 'Your notes',
  expectedDecisionDate: 'The decision date',
  done: 'The done choice',
  chosen: 'The ask choice',
};

const REJECTIONS: Partial<Record<string, { status: 400 | 409; message: string }>> = {
  [CandidatePlanErrorCode.ItemNotFound]: { status: 400, message: 'Your plan has no such step.' },
  [CandidatePlanErrorCode.NotAQuestionToAsk]: { status: 400, message: 'Only questions to ask can be chosen.' },
  [CandidatePlanErrorCode.PlanClosed]: { status: 409, message: 'This plan is closed, so it can no longer be changed.' },
  [CandidatePlanErrorCode.StatusConflict]: {
    status: 409,
    message: 'Your plan has moved on since this page was loaded; here is where it stands now.',
  },
};

export function classifyFailure(error: unknown): PageFailure {
  if (error instanceof DomainValidationError) {
    return { kind: 'rejected', status: 400, message: `${FIELD_LABELS[error.field] ?? 'A field'} ${error.problem}.` };
  }
  if (!(error instanceof AppError)) return { kind: 'unexpected' };
  if (error.code === CandidatePlanErrorCode.LinkNotFound) return { kind: 'link-not-found' };
  if (error.code === CommonErrorCode.RateLimited)
    return { kind: 'rate-limited', retryAfterSeconds: Number(error.details.retryAfterSeconds) || 60 };
  const rejection = REJECTIONS[error.code];
  return rejection ? { kind: 'rejected', ...rejection } : { kind: 'unexpected' };
}
