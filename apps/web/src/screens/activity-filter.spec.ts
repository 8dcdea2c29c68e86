import { activityFilter } from './activity-filter';

describe('activityFilter', () => {
  it('includes the whole "until" day and starts at the beginning of the "from" day, in the viewer’s zone', () => {
    const filter = activityFilter(new URLSearchParams('from=2026-03-01&to=2026-03-02'));
    expect(filter.from).toBe(new Date(2026, 2, 1).toISOString());
    expect(filter.to).toBe(new Date(2026, 2, 3).toISOString());
  });

  it('sends no bound and no narrowing for what the address leaves out', () => {
    expect(activityFilter(new URLSearchParams(''))).toEqual({
      subjectType: null,
      actorMemberId: null,
      from: null,
      to: null,
    });
    expect(activityFilter(new URLSearchParams('subject=member&actor=m1'))).toMatchObject({
      subjectType: 'member',
      actorMemberId: 'm1',
    });
  });
});
