import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface WebAppFiles {
  assetsDir: string;
  indexHtml: string;
}

/** The built app, or null when it was not built (the API still runs; /app says so). */
export function readWebAppFiles(webAppDir: string): WebAppFiles | null {
  const root = resolve(webAppDir);
  const indexPath = join(root, 'index.html');
  const assetsDir = join(root, 'assets');
  if (!existsSync(indexPath) || !existsSync(assetsDir)) return null;
  return { assetsDir, indexHtml: readFileSync(indexPath, 'utf8') };
}

export const APP_MISSING_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Coach app not built</title></head>
<body>
<main>
<h1>The coach app is not built</h1>
<p>This server has no built coach app. Run <code>npm run build</code>, then start the API again.
The GraphQL API at <code>/graphql</code> works without it.</p>
</main>
</body>
</html>
`;
