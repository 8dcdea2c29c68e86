import { computeProgress } from './plan-progress';

describe('computeProgress', () => {
  const plan = {
    sections: [
      { key: 'before', title: 'Before', items: [{ key: 'a' }, { key: 'b' }, { key: 'c' }] },
      { key: 'after', title: 'After', items: [{ key: 'd' }] },
    ],
  };

  it('counts done items overall and per section, ignoring keys the plan does not have', () => {
    expect(computeProgress(plan, ['a', 'c', 'd', 'dropped-item'])).toEqual({
      done: 3,
      total: 4,
      sections: [
        { key: 'before', title: 'Before', done: 2, total: 3 },
        { key: 'after', title: 'After', done: 1, total: 1 },
      ],
    });
  });

  it('starts at zero', () => {
    expect(computeProgress(plan, []).done).toBe(0);
  });
});
