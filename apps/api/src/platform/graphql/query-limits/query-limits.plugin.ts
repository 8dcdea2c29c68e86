import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { FragmentDefinitionNode, getVariableValues, GraphQLError, Kind } from 'graphql';
import { measureOperation, OperationMeasure } from './operation-measure';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

/**
 * Refuses an operation over a limit once its variables are known and before any resolver runs.
 * Validation rules cannot see variable values, so `first: $n` would count as 1 there.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async (context) => {
        const measured = measure(context);
        const exceeded = measured && firstExceeded(measured, limits);
        if (exceeded) throw limitError(exceeded);
      },
    }),
  };
}

function measure(context: GraphQLRequestContextDidResolveOperation<object>): OperationMeasure | null {
  const { operation, document, schema, request } = context;
  if (!operation) return null;
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
  // Bad variables are reported by execution, which then runs no resolver.
  if (!variables.coerced) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  return measureOperation(schema, operation, fragments, variables.coerced);
}

function firstExceeded(measure: OperationMeasure, limits: QueryLimits): string | null {
  if (measure.depth > limits.maxDepth)
    return `Query depth limit of ${limits.maxDepth} exceeded, found ${measure.depth}.`;
  if (measure.aliases > limits.maxAliases)
    return `Aliases limit of ${limits.maxAliases} exceeded, found ${measure.aliases}.`;
  if (measure.cost > limits.maxCost) return `Query cost limit of ${limits.maxCost} exceeded, found ${measure.cost}.`;
  return null;
}

const limitError = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
