import { Module } from '@nestjs/common';
import { CandidatesResolver } from './candidates.resolver';
import { CandidatesService } from './candidates.service';

@Module({ providers: [CandidatesService, CandidatesResolver], exports: [CandidatesService] })
export class CandidatesModule {}
