import 'reflect-metadata';
import { runEntryPoint } from '@prep/config';

// The app's modules load once the configuration is valid: a bad variable stops the process at once,
// not after a second or two of loading Nest, GraphQL and TypeORM.
runEntryPoint('API', async (config) => {
  const [{ Logger }, { createApiApp }] = await Promise.all([import('@nestjs/common'), import('./create-api-app.js')]);
  const app = await createApiApp(config);
  await app.listen({ host: config.http.host, port: config.http.port });
  // Nest's "successfully started" comes before the port is bound; this line means it answers.
  new Logger('API').log(`Listening on http://${config.http.host}:${config.http.port}`);
});
