import { AssignmentStatus } from './assignment-status';
import { isAtRisk } from './at-risk';

describe('isAtRisk', () => {
  const now = new Date('2026-05-04T12:00:00Z');
  const hoursFromNow = (hours: number) => new Date(now.getTime() + hours * 3600 * 1000);
  const preparing = (hours: number, done: number, total = 10) => ({
    status: AssignmentStatus.IN_PROGRESS,
    startsAt: hoursFromNow(hours),
    done,
    total,
  });
  const interviewed = (hours: number) => ({
    status: AssignmentStatus.INTERVIEWED,
    startsAt: hoursFromNow(hours),
    done: 10,
    total: 10,
  });

  it('flags an interview within 72 h with under half done, not one further out', () => {
    expect(isAtRisk(preparing(71, 4), now)).toBe(true);
    expect(isAtRisk(preparing(72, 4), now)).toBe(true);
    expect(isAtRisk(preparing(73, 4), now)).toBe(false);
  });

  it('draws the progress line at half done', () => {
    expect(isAtRisk(preparing(48, 49, 100), now)).toBe(true);
    expect(isAtRisk(preparing(48, 50, 100), now)).toBe(false);
  });

  it('flags a missing follow-up only after 24 h', () => {
    expect(isAtRisk(interviewed(-23), now)).toBe(false);
    expect(isAtRisk(interviewed(-25), now)).toBe(true);
    expect(isAtRisk({ ...interviewed(-25), status: AssignmentStatus.FOLLOWED_UP }, now)).toBe(false);
  });

  it('flags an interview that has passed without being marked held, however much was done', () => {
    expect(isAtRisk(preparing(-1, 10), now)).toBe(true);
    expect(isAtRisk({ ...preparing(-1, 0), status: AssignmentStatus.ASSIGNED }, now)).toBe(true);
    expect(isAtRisk(preparing(0, 10), now)).toBe(false);
    expect(isAtRisk({ ...preparing(-1, 0), status: AssignmentStatus.CLOSED }, now)).toBe(false);
  });

  it('ignores cancelled and empty plans before the interview', () => {
    expect(isAtRisk({ ...preparing(-1, 0), status: AssignmentStatus.CANCELLED }, now)).toBe(false);
    expect(isAtRisk(preparing(10, 0, 0), now)).toBe(false);
  });
});
