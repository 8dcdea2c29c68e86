import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { AtRiskAlertQueue } from './at-risk-alert-queue';
import { PlanAtRiskAlertsHandler } from './plan-at-risk-alerts.handler';
import { SendAtRiskAlertsHandler } from './send-at-risk-alerts.handler';

const HANDLERS = [PlanAtRiskAlertsHandler, SendAtRiskAlertsHandler];

@Module({
  imports: [MailModule],
  providers: [AtRiskAlertQueue, ...HANDLERS],
  exports: HANDLERS,
})
export class AlertsModule {}
