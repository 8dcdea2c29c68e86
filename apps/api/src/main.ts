import 'reflect-metadata';
import { runEntryPoint } from '@prep/config';
import { createApiApp } from './create-api-app';

runEntryPoint('API', async (config) => {
  const app = await createApiApp(config);
  await app.listen({ host: config.http.host, port: config.http.port });
});
