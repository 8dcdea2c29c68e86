import { DomainValidationError } from '@prep/domain';
import { InterviewFormat } from '@prep/persistence';
import { AppError } from '../../platform/errors/app-error';
import { publicCodeFor } from '../../platform/errors/error-code-map';
import { AssignmentErrorCode } from './assignment-error-code';
import { optionalText, parseInterview, parseSchedule } from './interview-details';
import { InterviewInput } from './dto/assignment.inputs';

const NOW = new Date('2026-05-01T08:00:00Z');

const input = (overrides: Partial<InterviewInput> = {}): InterviewInput => ({
  company: 'Globex',
  role: 'Data Analyst',
  startsAt: '2026-05-04T14:30:00+02:00',
  timeZone: 'Europe/Berlin',
  format: InterviewFormat.VIDEO,
  ...overrides,
});

/** What the API answers for a refused value: the field it names and the sentence after it. */
function refusal(run: () => unknown): { field: string; problem: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainValidationError) return { field: error.field, problem: error.problem };
    throw error;
  }
  throw new Error('expected the input to be refused');
}

describe('interview details', () => {
  it('keeps what the coach typed, tidied: names folded and trimmed, the instant exact, blanks as none', () => {
    expect(
      parseInterview(
        input({
          company: '  Globex   Corporation ',
          role: 'Data\tAnalyst',
          location: '   ',
          interviewers: [' Hank  Scorpio ', 'Marge'],
        }),
        NOW,
      ),
    ).toEqual({
      company: 'Globex Corporation',
      role: 'Data Analyst',
      startsAt: new Date('2026-05-04T12:30:00Z'),
      timeZone: 'Europe/Berlin',
      format: InterviewFormat.VIDEO,
      location: null,
      interviewers: ['Hank Scorpio', 'Marge'],
    });
  });

  it('has no interviewers and no location when none are given', () => {
    const parsed = parseInterview(input({ location: undefined, interviewers: null }), NOW);
    expect(parsed).toMatchObject({ location: null, interviewers: [] });
  });

  it.each([
    ['an empty company', { company: '  ' }, 'interview.company', 'must not be empty'],
    [
      'a line break in the role',
      { role: 'Analyst\r\nBcc: x@evil.example' },
      'interview.role',
      'must not contain control characters',
    ],
    [
      'a company of 201 characters',
      { company: 'x'.repeat(201) },
      'interview.company',
      'must be at most 200 characters',
    ],
    [
      'a location of 501 characters',
      { location: 'x'.repeat(501) },
      'interview.location',
      'must be at most 500 characters',
    ],
    [
      'a time without an offset',
      { startsAt: '2026-05-04T14:30:00' },
      'interview.startsAt',
      'must be an ISO 8601 date-time with an offset, like 2026-05-04T14:30:00+02:00',
    ],
    [
      'an unknown zone',
      { timeZone: 'Mars/Base' },
      'interview.timeZone',
      'must be an IANA time zone, like Europe/Berlin',
    ],
    [
      'eleven interviewers',
      { interviewers: Array.from({ length: 11 }, (_, i) => `Person ${i}`) },
      'interview.interviewers',
      'must list at most 10 people',
    ],
    ['an empty second interviewer', { interviewers: ['Hank', ' '] }, 'interview.interviewers[1]', 'must not be empty'],
  ])('refuses %s, naming the field', (_, overrides, field, problem) => {
    expect(refusal(() => parseInterview(input(overrides), NOW))).toEqual({ field, problem });
  });

  it('refuses an interview that is not in the future with INTERVIEW_IN_PAST on startsAt (BAD_USER_INPUT)', () => {
    for (const startsAt of ['2026-05-01T08:00:00Z', '2026-05-01T09:59:59+02:00']) {
      let error: unknown;
      try {
        parseInterview(input({ startsAt }), NOW);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({
        code: AssignmentErrorCode.InterviewInPast,
        message: 'The interview must be in the future',
        details: { field: 'interview.startsAt' },
      });
      expect(publicCodeFor((error as AppError).code)).toBe('BAD_USER_INPUT');
    }
  });

  it('accepts an interview a second from now', () => {
    expect(parseSchedule('2026-05-01T08:00:01Z', 'UTC', NOW).startsAt).toEqual(new Date('2026-05-01T08:00:01Z'));
  });

  it('names the fields of a reschedule without the interview. prefix', () => {
    expect(refusal(() => parseSchedule('tomorrow', 'UTC', NOW))).toMatchObject({ field: 'startsAt' });
    expect(refusal(() => parseSchedule('2026-05-04T14:30:00Z', 'Nowhere/City', NOW))).toMatchObject({
      field: 'timeZone',
    });
  });
});

describe('optional text (notes and reasons)', () => {
  it('is trimmed, and blank or missing is none', () => {
    expect(optionalText('  call back Tuesday  ', 'note')).toBe('call back Tuesday');
    expect(optionalText('   ', 'note')).toBeNull();
    expect(optionalText(undefined, 'note')).toBeNull();
    expect(optionalText(null, 'note')).toBeNull();
  });

  it('is at most 2,000 characters unless the field says otherwise', () => {
    expect(optionalText('x'.repeat(2000), 'note')).toHaveLength(2000);
    expect(refusal(() => optionalText('x'.repeat(2001), 'note'))).toEqual({
      field: 'note',
      problem: 'must be at most 2000 characters',
    });
    expect(refusal(() => optionalText('x'.repeat(501), 'reason', 500))).toEqual({
      field: 'reason',
      problem: 'must be at most 500 characters',
    });
  });
});
