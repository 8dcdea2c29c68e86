import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates/candidates.module';
import { CandidateDataResolver } from './candidate-data.resolver';
import { CandidateDataService } from './candidate-data.service';

@Module({ imports: [CandidatesModule], providers: [CandidateDataService, CandidateDataResolver] })
export class CandidateDataModule {}
