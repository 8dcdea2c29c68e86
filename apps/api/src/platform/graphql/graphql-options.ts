import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { AppConfig } from '@prep/config';
import { createGraphqlErrorFormatter, ErrorLogger } from '../errors/graphql-error-formatter';

/**
 * Apollo options from validated config: limits on depth, aliases, cost, tokens and directives
 * run as validation rules, so an expensive query is refused before any resolver runs.
 */
export function createGraphqlOptions(config: AppConfig, logger: ErrorLogger): Omit<ApolloDriverConfig, 'driver'> {
  const { graphql } = config;
  const armor = new ApolloArmor({
    maxDepth: { n: graphql.maxDepth },
    maxAliases: { n: graphql.maxAliases },
    costLimit: { maxCost: graphql.maxCost },
    maxTokens: { n: 2_000 },
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
    // Same runtime objects; the cast bridges Apollo's ESM and CJS type declarations.
    plugins: armor.plugins as ApolloDriverConfig['plugins'],
    validationRules: armor.validationRules,
    formatError: createGraphqlErrorFormatter(logger, graphql.errorDetails),
  };
}
