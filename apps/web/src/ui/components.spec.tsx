import { act } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { ErrorNotice } from './error-notice';
import { TimeInZones } from './time-in-zones';
import { viewerTimeZone } from './format';
import { rootPerTest } from '../testing/screen-root';

const screen = rootPerTest();

describe('ErrorNotice', () => {
  it('shows the API’s message and code as an alert', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'Candidate not found', extensions: { code: 'NOT_FOUND' } }],
    });
    act(() => screen.root.render(<ErrorNotice error={error} title="Could not load the candidate" />));
    const alert = screen.container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Could not load the candidate');
    expect(alert?.textContent).toContain('Candidate not found');
    expect(alert?.textContent).toContain('(NOT_FOUND)');
  });

  it('says what failed when the server could not be reached', () => {
    act(() => screen.root.render(<ErrorNotice error={new TypeError('Failed to fetch')} />));
    expect(screen.container.querySelector('[role="alert"]')?.textContent).toContain('Failed to fetch');
  });
});

describe('TimeInZones', () => {
  const iso = '2026-05-04T12:30:00Z';

  it('shows the other zone’s local time beside the viewer’s when they differ', () => {
    const other = viewerTimeZone() === 'Asia/Tokyo' ? 'America/New_York' : 'Asia/Tokyo';
    act(() => screen.root.render(<TimeInZones iso={iso} otherZone={other} otherLabel="interview" />));
    expect(screen.container.querySelector('time')?.getAttribute('datetime')).toBe(iso);
    expect(screen.container.textContent).toContain(`interview: `);
    expect(screen.container.textContent).toContain(other);
  });

  it('shows one time when the zones are the same', () => {
    act(() => screen.root.render(<TimeInZones iso={iso} otherZone={viewerTimeZone()} otherLabel="interview" />));
    expect(screen.container.textContent).not.toContain('interview:');
  });
});
