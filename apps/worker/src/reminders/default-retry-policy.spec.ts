import { loadConfig } from '@prep/config';
import { decideAfterFailure, RetryPolicy } from '@prep/domain';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const NOW = new Date('2026-03-02T09:00:00Z');
const FAR = new Date(NOW.getTime() + 7 * 24 * HOUR);
const LONGEST = () => 0.999999;
const SHORTEST = () => 0;

/** When each attempt is made while every one fails, from the first (at 0) on, until the policy stops. */
function attemptTimes(policy: RetryPolicy, random: () => number, until = Number.POSITIVE_INFINITY): number[] {
  const times = [0];
  for (let attempts = 1; times[times.length - 1] < until; attempts++) {
    const now = new Date(NOW.getTime() + times[times.length - 1]);
    const decision = decideAfterFailure(policy, { attempts, permanent: false, now, expiresAt: FAR }, random);
    if (decision.action !== 'retry') break;
    times.push(decision.at.getTime() - NOW.getTime());
  }
  return times;
}

// The defaults as the worker gets them: what a deployment that sets nothing does when its relay is away.
describe('the default retry policy', () => {
  const policy = loadConfig({}).reminders.retry;

  it('sends within five minutes of a relay back after a ten-minute outage, whatever the jitter', () => {
    for (const random of [LONGEST, SHORTEST]) {
      const times = attemptTimes(policy, random, 10 * MINUTE);
      expect(times[times.length - 1] - 10 * MINUTE).toBeLessThanOrEqual(5 * MINUTE);
    }
  });

  it('keeps trying a relay that stays away for more than half a day, even with the shortest waits', () => {
    const times = attemptTimes(policy, SHORTEST);
    expect(times[times.length - 1]).toBeGreaterThan(12 * HOUR);
  });
});
