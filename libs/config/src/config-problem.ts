/** One bad variable and what is wrong with it; never its value, which may be a secret. */
export interface ConfigProblem {
  variable: string;
  problem: string;
}

/** Every bad variable at once, one line each, so an operator fixes them in one go. */
export class ConfigValidationError extends Error {
  readonly problems: ConfigProblem[];

  constructor(problems: ConfigProblem[]) {
    super(problems.map(({ variable, problem }) => `Invalid configuration: ${variable} ${problem}`).join('\n'));
    this.name = 'ConfigValidationError';
    this.problems = problems;
  }

  static of(variable: string, problem: string): ConfigValidationError {
    return new ConfigValidationError([{ variable, problem }]);
  }
}
