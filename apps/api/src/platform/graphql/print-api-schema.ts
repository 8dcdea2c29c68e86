import { INestApplicationContext } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

export const SCHEMA_FILE = 'apps/api/schema.gql';

/** The schema the running API serves, in a stable order: what apps/api/schema.gql must equal. */
export function printApiSchema(app: INestApplicationContext): string {
  return `${printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema)).trim()}\n`;
}
