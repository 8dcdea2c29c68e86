import { AssignmentStatus } from '@prep/domain';
import { decideAtSendTime, SendTimeFacts } from './send-reminder.handler';

const facts = (changes: { [K in keyof SendTimeFacts]?: Partial<SendTimeFacts[K]> } = {}): SendTimeFacts => ({
  reminder: {
    kind: 'practice',
    recipient: 'candidate',
    planVersion: 1,
    itemKeys: ['a', 'b'],
    condition: null,
    ...changes.reminder,
  },
  assignment: { status: AssignmentStatus.ASSIGNED, scheduleVersion: 1, followUpSent: false, ...changes.assignment },
  candidateUnsubscribed: (changes.candidateUnsubscribed as boolean | undefined) ?? false,
  doneItemKeys: (changes.doneItemKeys as Set<string> | undefined) ?? new Set(),
  candidateStarted: (changes.candidateStarted as boolean | undefined) ?? false,
  hasLiveLink: (changes.hasLiveLink as boolean | undefined) ?? true,
});

describe('decideAtSendTime', () => {
  it('sends a reminder whose assignment and items still need it', () => {
    expect(decideAtSendTime(facts({ doneItemKeys: new Set(['a']) }))).toEqual({ send: true });
  });

  it('cancels for a cancelled assignment and for an older schedule version', () => {
    expect(decideAtSendTime(facts({ assignment: { status: AssignmentStatus.CANCELLED } }))).toEqual({
      send: false,
      status: 'CANCELLED',
      reason: 'assignment-cancelled',
    });
    expect(decideAtSendTime(facts({ assignment: { scheduleVersion: 2 } }))).toEqual({
      send: false,
      status: 'CANCELLED',
      reason: 'rescheduled',
    });
  });

  it("still sends a cancelled assignment's own cancellation notice", () => {
    const cancelled = { assignment: { status: AssignmentStatus.CANCELLED } };
    expect(decideAtSendTime(facts({ ...cancelled, reminder: { kind: 'interview-cancelled', itemKeys: [] } }))).toEqual({
      send: true,
    });
    expect(
      decideAtSendTime(
        facts({ ...cancelled, reminder: { kind: 'interview-cancelled', itemKeys: [] }, candidateUnsubscribed: true }),
      ),
    ).toMatchObject({ status: 'SKIPPED', reason: 'unsubscribed' });
  });

  it('skips candidate mail while the links are revoked, but not the coach alert or the cancellation', () => {
    expect(decideAtSendTime(facts({ hasLiveLink: false }))).toEqual({
      send: false,
      status: 'SKIPPED',
      reason: 'link-revoked',
    });
    expect(decideAtSendTime(facts({ hasLiveLink: false, reminder: { recipient: 'coach', itemKeys: [] } }))).toEqual({
      send: true,
    });
    expect(
      decideAtSendTime(facts({ hasLiveLink: false, reminder: { kind: 'interview-cancelled', itemKeys: [] } })),
    ).toEqual({ send: true });
  });

  it('skips candidate mail after unsubscribing, but not the coach alert', () => {
    expect(decideAtSendTime(facts({ candidateUnsubscribed: true }))).toMatchObject({
      status: 'SKIPPED',
      reason: 'unsubscribed',
    });
    const coachAlert = { recipient: 'coach' as const, itemKeys: [], condition: 'not-started' };
    expect(decideAtSendTime(facts({ reminder: coachAlert, candidateUnsubscribed: true }))).toEqual({ send: true });
  });

  it('skips what is done, a follow-up nudge after the follow-up, a coach alert once the candidate started, and a closed plan', () => {
    expect(decideAtSendTime(facts({ doneItemKeys: new Set(['a', 'b']) }))).toMatchObject({
      status: 'SKIPPED',
      reason: 'already done',
    });
    const nudge = { itemKeys: ['c'], condition: 'follow-up-not-sent' };
    expect(decideAtSendTime(facts({ reminder: nudge, assignment: { followUpSent: true } }))).toMatchObject({
      reason: 'already done',
    });
    const coachAlert = { recipient: 'coach' as const, itemKeys: [], condition: 'not-started' };
    expect(decideAtSendTime(facts({ reminder: coachAlert, candidateStarted: true }))).toMatchObject({
      reason: 'candidate started',
    });
    expect(decideAtSendTime(facts({ assignment: { status: AssignmentStatus.CLOSED } }))).toMatchObject({
      status: 'SKIPPED',
      reason: 'assignment closed',
    });
  });

  it('never skips a reminder without items as done', () => {
    expect(decideAtSendTime(facts({ reminder: { itemKeys: [] } }))).toEqual({ send: true });
  });
});
