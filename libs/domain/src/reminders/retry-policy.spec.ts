import { decideAfterFailure, reminderExpiresAt, retryDelayMs, RetryPolicy } from './retry-policy';

const POLICY: RetryPolicy = { baseDelayMs: 15_000, maxDelayMs: 30 * 60_000, maxAttempts: 30 };
const NOW = new Date('2026-03-02T09:00:00Z');
const HOUR = 60 * 60_000;
const FAR = new Date(NOW.getTime() + 7 * 24 * HOUR);

const transient = (attempts: number, expiresAt = FAR) => ({ attempts, permanent: false, now: NOW, expiresAt });

describe('retry policy', () => {
  it('fails a permanent refusal at once, whatever attempts are left', () => {
    expect(decideAfterFailure(POLICY, { ...transient(1), permanent: true })).toEqual({
      action: 'fail',
      reason: 'refused',
    });
  });

  it('waits about twice as long after each failure, with the upper half of the wait random', () => {
    expect(retryDelayMs(POLICY, 1, () => 0)).toBe(7_500);
    expect(retryDelayMs(POLICY, 1, () => 0.999999)).toBe(15_000);
    expect(retryDelayMs(POLICY, 2, () => 0)).toBe(15_000);
    expect(retryDelayMs(POLICY, 5, () => 0.5)).toBe(180_000);
  });

  it('never waits longer than the cap', () => {
    expect(retryDelayMs(POLICY, 20, () => 0.9999999)).toBeLessThanOrEqual(30 * 60_000);
    expect(retryDelayMs(POLICY, 20, () => 0.9999999)).toBeGreaterThan(29.9 * 60_000);
    expect(retryDelayMs(POLICY, 200, () => 0.5)).toBe(22.5 * 60_000);
  });

  it('keeps retrying over hours: a relay away for ten minutes, or for six hours, is waited for', () => {
    let elapsed = 0;
    let attempts = 1;
    for (; elapsed < 6 * HOUR; attempts++) {
      const decision = decideAfterFailure(POLICY, transient(attempts), () => 0.999999);
      expect(decision.action).toBe('retry');
      if (decision.action === 'retry') elapsed += decision.at.getTime() - NOW.getTime();
    }
    expect(attempts).toBeLessThan(POLICY.maxAttempts);
  });

  it('gives up after the last attempt', () => {
    expect(decideAfterFailure(POLICY, transient(30))).toEqual({ action: 'fail', reason: 'gave up after 30 attempts' });
  });

  it('expires instead of retrying when the next attempt would come too late', () => {
    const soon = new Date(NOW.getTime() + 10_000);
    expect(decideAfterFailure(POLICY, transient(1, soon), () => 0.5)).toEqual({ action: 'expire', reason: 'expired' });
    expect(decideAfterFailure(POLICY, transient(1, soon), () => 0)).toEqual({
      action: 'retry',
      at: new Date(NOW.getTime() + 7_500),
    });
  });

  it('lets a reminder before the interview go out only until the interview starts', () => {
    const interview = new Date('2026-03-03T14:00:00Z');
    expect(reminderExpiresAt(new Date('2026-03-03T12:00:00Z'), interview)).toEqual(interview);
  });

  it('lets a reminder after the interview go out for a day past its due time', () => {
    const interview = new Date('2026-03-03T14:00:00Z');
    expect(reminderExpiresAt(new Date('2026-03-03T16:00:00Z'), interview)).toEqual(new Date('2026-03-04T16:00:00Z'));
  });
});
