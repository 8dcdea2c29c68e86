import type { ScenarioName } from './scenarios';

/** One statement as TypeORM sent it to the driver, parameters as JSON (instants become ISO strings). */
export interface RecordedStatement {
  sql: string;
  parameters: unknown[];
}

/** Per scenario, per organization: the statements of one request, in the order the API sent them. */
export type Recording = Record<ScenarioName, Record<string, RecordedStatement[]>>;

/** Everything the baseline process needs, handed over as one file. */
export interface BaselineInput {
  databaseUrl: string;
  poolSize: number;
  /** The API's session settings (`SESSION_OPTIONS`), so both servers' statements are planned alike. */
  sessionOptions: string;
  jwtSecret: string;
  /** Which scenario a request body is, by its `query` text. */
  queries: Record<ScenarioName, string>;
  recording: Recording;
}
