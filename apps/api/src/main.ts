import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { runEntryPoint } from '@prep/config';
import { createApiApp } from './create-api-app';

runEntryPoint('API', async (config) => {
  const app = await createApiApp(config);
  await app.listen({ host: config.http.host, port: config.http.port });
  // Nest's "successfully started" comes before the port is bound; this line means it answers.
  new Logger('API').log(`Listening on http://${config.http.host}:${config.http.port}`);
});
