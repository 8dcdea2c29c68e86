import { retryDelayMs } from './retry-policy';

describe('retryDelayMs', () => {
  it('doubles from one second and stops at fifteen minutes', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(retryDelayMs(30)).toBe(15 * 60_000);
  });
});
