import { act } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { Connection, ConnectionList } from './connection-list';
import { rootPerTest } from '../testing/screen-root';

interface Person {
  id: string;
  name: string;
}

const screen = rootPerTest();

function page(names: string[], totalCount: number, endCursor: string | null): Connection<Person> {
  return {
    totalCount,
    pageInfo: { endCursor, hasNextPage: endCursor !== null },
    edges: names.map((name) => ({ node: { id: name.toLowerCase(), name } })),
  };
}

function renderList(props: Partial<Parameters<typeof ConnectionList<Person>>[0]> = {}) {
  const onMore = jest.fn();
  act(() =>
    screen.root.render(
      <ConnectionList<Person>
        connection={undefined}
        loading={false}
        error={undefined}
        errorTitle="Could not load people"
        noun={['person', 'people']}
        empty="Nobody yet."
        onMore={onMore}
        {...props}
      >
        {(node) => <li key={node.id}>{node.name}</li>}
      </ConnectionList>,
    ),
  );
  return onMore;
}

const button = (name: string) =>
  Array.from(screen.container.querySelectorAll('button')).find((entry) => entry.textContent === name);

describe('ConnectionList', () => {
  it('shows the rows, the count in a live region and a "Show more" that asks for the page after the last cursor', () => {
    const onMore = renderList({ connection: page(['Ada', 'Grace'], 3, 'cursor-2') });
    expect(Array.from(screen.container.querySelectorAll('li'), (li) => li.textContent)).toEqual(['Ada', 'Grace']);
    expect(screen.container.querySelector('[aria-live="polite"]')?.textContent).toBe('3 people');
    act(() => button('Show more')!.click());
    expect(onMore).toHaveBeenCalledWith('cursor-2');
  });

  it('says "1 person" and offers no more pages on the last page', () => {
    renderList({ connection: page(['Ada'], 1, null) });
    expect(screen.container.querySelector('.count')?.textContent).toBe('1 person');
    expect(button('Show more')).toBeUndefined();
  });

  it('shows the empty note instead of a list when there are no rows', () => {
    renderList({ connection: page([], 0, null) });
    expect(screen.container.querySelector('ul')).toBeNull();
    expect(screen.container.querySelector('.empty')?.textContent).toBe('Nobody yet.');
  });

  it('shows a loading status before the first page and a disabled button while the next one loads', () => {
    renderList({ loading: true });
    expect(screen.container.querySelector('[role="status"]')?.textContent).toContain('Loading');
    renderList({ loading: true, connection: page(['Ada'], 2, 'cursor-1') });
    expect(screen.container.querySelector('[role="status"]')).toBeNull();
    expect(button('Loading…')?.disabled).toBe(true);
  });

  it('shows the API’s message and code when the list could not be loaded', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'Invalid cursor', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    renderList({ error });
    const alert = screen.container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Could not load people');
    expect(alert?.textContent).toContain('Invalid cursor (BAD_USER_INPUT)');
  });
});
