import { DomainValidationError, parseDisplayName, parseInstant, parseTimeZone } from '@prep/domain';
import { InterviewFormat } from '@prep/persistence';
import { AppError } from '../../platform/errors/app-error';
import { AssignmentErrorCode } from './assignment-error-code';
import { InterviewInput } from './dto/assignment.inputs';

const MAX_INTERVIEWERS = 10;
const MAX_TEXT = { company: 200, role: 200, location: 500, note: 2000, reason: 500 };

export interface InterviewDetails {
  company: string;
  role: string;
  startsAt: Date;
  timeZone: string;
  format: InterviewFormat;
  location: string | null;
  interviewers: string[];
}

export function parseInterview(input: InterviewInput, now: Date): InterviewDetails {
  return {
    company: parseDisplayName(input.company, 'interview.company', MAX_TEXT.company),
    role: parseDisplayName(input.role, 'interview.role', MAX_TEXT.role),
    ...parseSchedule(input.startsAt, input.timeZone, now, 'interview.'),
    format: input.format,
    location: optionalText(input.location, 'interview.location', MAX_TEXT.location),
    interviewers: parseInterviewers(input.interviewers ?? []),
  };
}

/** When the interview is: a future instant and the IANA zone it is held in. */
export function parseSchedule(
  startsAtInput: string,
  timeZoneInput: string,
  now: Date,
  prefix = '',
): { startsAt: Date; timeZone: string } {
  const startsAt = parseInstant(startsAtInput, `${prefix}startsAt`);
  const timeZone = parseTimeZone(timeZoneInput, `${prefix}timeZone`);
  if (startsAt.getTime() <= now.getTime()) {
    throw new AppError(AssignmentErrorCode.InterviewInPast, 'The interview must be in the future', {
      field: `${prefix}startsAt`,
    });
  }
  return { startsAt, timeZone };
}

export function optionalText(
  input: string | null | undefined,
  field: string,
  maxLength: number = MAX_TEXT.note,
): string | null {
  const value = input?.trim();
  if (!value) return null;
  if (value.length > maxLength) throw new DomainValidationError(field, `must be at most ${maxLength} characters`);
  return value;
}

export const REASON_MAX_LENGTH = MAX_TEXT.reason;

export function parseInterviewers(names: string[]): string[] {
  if (names.length > MAX_INTERVIEWERS)
    throw new DomainValidationError('interview.interviewers', `must list at most ${MAX_INTERVIEWERS} people`);
  return names.map((name, index) => parseDisplayName(name, `interview.interviewers[${index}]`));
}
