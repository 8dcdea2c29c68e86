import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '@prep/config';
import type { AppConfig } from '@prep/config';
import { createMailTransport, MailReceipt, MailTransport, OutgoingMail } from '@prep/mail';

/** The worker's one mail transport (a pooled SMTP connection, or the development drop directory). */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: MailTransport;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.transport = createMailTransport(config.mail, (error) => this.logger.warn(`Mail transport: ${error.message}`));
    if (!config.mail.smtpUrl) this.logger.log(`No SMTP_URL: mail is written to ${config.mail.dropDir} as .eml files`);
  }

  send(mail: OutgoingMail): Promise<MailReceipt> {
    return this.transport.send(mail);
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
