import { AppConfig, ConfigValidationError, loadConfig } from './app-config';

/** For entry points: a bad variable ends the process with one line that names it. */
export function loadConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigValidationError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
}
