import { act } from 'react';
import { createRoot, Root } from 'react-dom/client';
import { CombinedGraphQLErrors } from '@apollo/client';
import { ErrorNotice } from './error-notice';
import { TimeInZones } from './time-in-zones';
import { viewerTimeZone } from './format';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('ErrorNotice', () => {
  it('shows the API’s message and code as an alert', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'Candidate not found', extensions: { code: 'NOT_FOUND' } }],
    });
    act(() => root.render(<ErrorNotice error={error} title="Could not load the candidate" />));
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Could not load the candidate');
    expect(alert?.textContent).toContain('Candidate not found');
    expect(alert?.textContent).toContain('(NOT_FOUND)');
  });

  it('says what failed when the server could not be reached', () => {
    act(() => root.render(<ErrorNotice error={new TypeError('Failed to fetch')} />));
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('Failed to fetch');
  });
});

describe('TimeInZones', () => {
  const iso = '2026-05-04T12:30:00Z';

  it('shows the other zone’s local time beside the viewer’s when they differ', () => {
    const other = viewerTimeZone() === 'Asia/Tokyo' ? 'America/New_York' : 'Asia/Tokyo';
    act(() => root.render(<TimeInZones iso={iso} otherZone={other} otherLabel="interview" />));
    expect(container.querySelector('time')?.getAttribute('datetime')).toBe(iso);
    expect(container.textContent).toContain(`interview: `);
    expect(container.textContent).toContain(other);
  });

  it('shows one time when the zones are the same', () => {
    act(() => root.render(<TimeInZones iso={iso} otherZone={viewerTimeZone()} otherLabel="interview" />));
    expect(container.textContent).not.toContain('interview:');
  });
});
