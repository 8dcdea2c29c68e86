import { InMemoryCache } from '@apollo/client';
import { graphql } from '../gql';
import { connectionPolicy } from './connection-policy';

const RosterPage = graphql(`
  query RosterPageForCache($first: Int!, $after: String, $filter: CandidatesFilter) {
    candidates(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          name
        }
      }
    }
  }
`);

function page(names: string[], endCursor: string, hasNextPage: boolean) {
  return {
    candidates: {
      __typename: 'CandidateConnection' as const,
      totalCount: 3,
      pageInfo: { __typename: 'PageInfo' as const, endCursor, hasNextPage },
      edges: names.map((name) => ({
        __typename: 'CandidateEdge' as const,
        cursor: `c-${name}`,
        node: { __typename: 'Candidate' as const, id: `id-${name}`, name },
      })),
    },
  };
}

describe('the roster in the cache', () => {
  const newCache = () => new InMemoryCache({ typePolicies: { Query: { fields: { candidates: connectionPolicy() } } } });
  const names = (cache: InMemoryCache, filter: object) =>
    cache
      .readQuery({ query: RosterPage, variables: { first: 2, filter } })
      ?.candidates.edges.map((edge) => edge.node.name);

  it('appends a page fetched with `after` and keeps the latest page info', () => {
    const cache = newCache();
    const filter = { search: null, includeArchived: false };
    cache.writeQuery({ query: RosterPage, variables: { first: 2, filter }, data: page(['Ada', 'Bea'], 'c-Bea', true) });
    cache.writeQuery({
      query: RosterPage,
      variables: { first: 2, after: 'c-Bea', filter },
      data: page(['Cy'], 'c-Cy', false),
    });
    expect(names(cache, filter)).toEqual(['Ada', 'Bea', 'Cy']);
    expect(
      cache.readQuery({ query: RosterPage, variables: { first: 2, filter } })?.candidates.pageInfo.hasNextPage,
    ).toBe(false);
  });

  it('keeps one list per filter, and a first page replaces its list', () => {
    const cache = newCache();
    const everyone = { search: null, includeArchived: false };
    const search = { search: 'cy', includeArchived: false };
    cache.writeQuery({
      query: RosterPage,
      variables: { first: 2, filter: everyone },
      data: page(['Ada', 'Bea'], 'c-Bea', true),
    });
    cache.writeQuery({ query: RosterPage, variables: { first: 2, filter: search }, data: page(['Cy'], 'c-Cy', false) });
    cache.writeQuery({
      query: RosterPage,
      variables: { first: 2, filter: everyone },
      data: page(['Abe', 'Ada'], 'c-Ada', true),
    });
    expect(names(cache, everyone)).toEqual(['Abe', 'Ada']);
    expect(names(cache, search)).toEqual(['Cy']);
  });
});
