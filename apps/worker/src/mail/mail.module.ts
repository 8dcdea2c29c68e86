import { Module } from '@nestjs/common';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { loadContent } from '@prep/content';
import { EMAIL_TEMPLATES } from './email-templates';
import { Mailer } from './mailer';

@Module({
  providers: [
    Mailer,
    // Loaded and validated once at boot: a broken template stops the worker, not a send.
    {
      provide: EMAIL_TEMPLATES,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => loadContent(config.contentDir).emails,
    },
  ],
  exports: [Mailer, EMAIL_TEMPLATES],
})
export class MailModule {}
