import { Module } from '@nestjs/common';
import { PlanTemplatesResolver } from './plan-templates.resolver';
import { PlanTemplatesService } from './plan-templates.service';

@Module({ providers: [PlanTemplatesService, PlanTemplatesResolver], exports: [PlanTemplatesService] })
export class PlanTemplatesModule {}
