import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { runEntryPoint } from '@prep/config';
import { createAppLogger, NestPinoLogger } from '@prep/logging';
import { CredentialLookups } from '@prep/persistence';
import { ApiModule } from '../src/api.module';
import { seedDemoOrganization, DEMO_LOGINS } from './demo-organization';

/** Seeds a demo organization through the real services (so every rule applies), once. */
runEntryPoint('Seed', async (config) => {
  if (config.environment === 'production') throw new Error('refusing to seed demo data with APP_ENV=production');
  const logger = createAppLogger({
    app: 'tools',
    level: 'error',
    format: config.logFormat,
    environment: config.environment,
  });
  const app = await NestFactory.createApplicationContext(ApiModule.forRoot(config, logger), {
    logger: new NestPinoLogger(logger),
  });
  try {
    const alreadySeeded = await app.get(CredentialLookups).isEmailRegistered(DEMO_LOGINS.owner.email);
    if (!alreadySeeded) await seedDemoOrganization(app);
    process.stdout.write(
      `${alreadySeeded ? 'Demo organization already seeded.' : 'Seeded the demo organization.'} Logins:\n`,
    );
    for (const login of Object.values(DEMO_LOGINS)) {
      process.stdout.write(`  ${login.role.padEnd(5)}  ${login.email}  password: ${login.password}\n`);
    }
  } finally {
    await app.close();
  }
});
