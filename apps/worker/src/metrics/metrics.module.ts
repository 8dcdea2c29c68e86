import { Global, Module } from '@nestjs/common';
import { MetricsServer } from './metrics-server';
import { ReminderMetrics } from './reminder-metrics';

@Global()
@Module({ providers: [ReminderMetrics, MetricsServer], exports: [ReminderMetrics] })
export class MetricsModule {}
