import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { AppConfig } from '@prep/config';
import { createGraphqlErrorFormatter, ErrorLogger } from '../errors/graphql-error-formatter';
import { noStorePlugin } from './no-store.plugin';
import { queryLimitsPlugin } from './query-limits/query-limits.plugin';
import { requestErrorStatusPlugin } from './request-error-status.plugin';

/** graphql-js stops parsing past this many tokens; the error is a parse error (HTTP 400). */
const MAX_TOKENS = 2_000;

/**
 * Apollo options from validated config. Depth, aliases and cost are measured once the variables
 * are known (queryLimitsPlugin), directives by a validation rule, tokens by the parser: an
 * expensive query is refused before any resolver runs.
 */
export function createGraphqlOptions(config: AppConfig, logger: ErrorLogger): Omit<ApolloDriverConfig, 'driver'> {
  const { graphql } = config;
  const armor = new ApolloArmor({
    maxDepth: { enabled: false },
    maxAliases: { enabled: false },
    costLimit: { enabled: false },
    // Its parse hook turns a syntax error into a 500; graphql-js's own maxTokens answers 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: !graphql.errorDetails },
  }).protect();
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    // The reply too: browser sessions set their refresh cookie on it.
    context: (req: unknown, reply: unknown) => ({ req, reply }),
    playground: false,
    introspection: graphql.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: !graphql.errorDetails,
    parseOptions: { maxTokens: MAX_TOKENS },
    // Same runtime objects; the cast bridges Apollo's ESM and CJS type declarations.
    plugins: [
      ...armor.plugins,
      queryLimitsPlugin(graphql),
      requestErrorStatusPlugin(),
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
    ] as ApolloDriverConfig['plugins'],
    validationRules: armor.validationRules,
    formatError: createGraphqlErrorFormatter(logger, graphql.errorDetails),
  };
}
