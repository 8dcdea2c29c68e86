import type { ApolloServerPlugin } from '@apollo/server';

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
const APPLICATION_JSON = 'application/json';
/** A well-formed HTTP request whose document could not run: what the reason extension says. */
const DOCUMENT_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * The GraphQL-over-HTTP status rule. Answered as application/graphql-response+json, a document
 * that does not parse, validate or coerce its variables gets 400 (Apollo's answer). Answered as
 * application/json, the legacy media type, it gets 200 with the errors, as the spec says clients
 * of that type expect. Either way the body has no data and each error a code.
 */
export function requestErrorStatusPlugin(): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ request, response }) => {
        if (response.http.status !== 400 || response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        if (data !== undefined || !errors?.every((error) => DOCUMENT_ERRORS.has(String(error.extensions?.reason))))
          return;
        if (answersAsLegacyJson(request.http?.headers.get('accept'))) response.http.status = 200;
      },
    }),
  };
}

/** Apollo's choice: application/json unless the client prefers the GraphQL media type strictly. */
function answersAsLegacyJson(accept: string | undefined): boolean {
  if (!accept) return true;
  return qualityOf(accept, GRAPHQL_RESPONSE_JSON) <= qualityOf(accept, APPLICATION_JSON);
}

/** The q of the most specific accept entry matching the media type (0 when none does). */
function qualityOf(accept: string, mediaType: string): number {
  const [type] = mediaType.split('/');
  let best = { specificity: -1, q: 0 };
  for (const entry of accept.split(',')) {
    const [range, ...parameters] = entry.trim().toLowerCase().split(';');
    const specificity = range === mediaType ? 2 : range === `${type}/*` ? 1 : range === '*/*' ? 0 : -1;
    if (specificity <= best.specificity) continue;
    const qParameter = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParameter ? Number(qParameter.slice(2)) : 1;
    best = { specificity, q: Number.isFinite(q) ? q : 0 };
  }
  return best.q;
}
