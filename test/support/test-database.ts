import { loadConfig } from '@prep/config';

/** The throwaway database the integration run uses; its name travels to workers in the env. */
export function testDatabaseUrls(database: string) {
  const defaults = loadConfig();
  const withDatabase = (url: string) => {
    const parsed = new URL(url);
    parsed.pathname = `/${database}`;
    return parsed.toString();
  };
  return {
    adminUrl: defaults.database.adminUrl,
    ownerUrl: withDatabase(defaults.database.ownerUrl),
    appUrl: withDatabase(defaults.database.url),
  };
}
