import { AssignmentStatus } from './assignment-status';
import { InterviewOutcome, mayClose, remindersEndedByOutcome, statusAfterOutcome } from './interview-outcome';

const { ASSIGNED, IN_PROGRESS, INTERVIEWED, FOLLOWED_UP, CLOSED, CANCELLED } = AssignmentStatus;
const now = new Date('2026-06-10T12:00:00Z');
const past = new Date('2026-06-10T09:00:00Z');
const future = new Date('2026-06-11T09:00:00Z');

describe('interview outcome', () => {
  it('counts an open plan whose interview has begun as interviewed', () => {
    expect(statusAfterOutcome(ASSIGNED, past, now)).toBe(INTERVIEWED);
    expect(statusAfterOutcome(IN_PROGRESS, past, now)).toBe(INTERVIEWED);
    expect(statusAfterOutcome(INTERVIEWED, past, now)).toBe(INTERVIEWED);
    expect(statusAfterOutcome(FOLLOWED_UP, past, now)).toBe(FOLLOWED_UP);
    expect(statusAfterOutcome(CLOSED, past, now)).toBe(CLOSED);
  });

  it('refuses an outcome before the interview and on cancelled plans', () => {
    expect(statusAfterOutcome(ASSIGNED, future, now)).toBeNull();
    expect(statusAfterOutcome(CANCELLED, past, now)).toBeNull();
  });

  it('ends the follow-up nudges on a final answer, only the check-in on a next round, nothing without a decision', () => {
    expect(remindersEndedByOutcome(InterviewOutcome.REJECTED)).toEqual(
      expect.arrayContaining(['follow-up-email', 'follow-up-nudge', 'decision-check-in']),
    );
    expect(remindersEndedByOutcome(InterviewOutcome.NEXT_ROUND)).toEqual(['decision-check-in']);
    expect(remindersEndedByOutcome(InterviewOutcome.NO_DECISION)).toEqual([]);
  });

  it('lets a coach close a plan once its interview has begun', () => {
    expect(mayClose(ASSIGNED, past, now)).toBe(true);
    expect(mayClose(IN_PROGRESS, future, now)).toBe(false);
    expect(mayClose(FOLLOWED_UP, future, now)).toBe(true);
    expect(mayClose(CLOSED, past, now)).toBe(false);
    expect(mayClose(CANCELLED, past, now)).toBe(false);
  });
});
