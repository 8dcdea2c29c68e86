import { Module } from '@nestjs/common';
import { OrganizationDeletionResolver } from './organization-deletion.resolver';
import { OrganizationDeletionService } from './organization-deletion.service';

@Module({ providers: [OrganizationDeletionService, OrganizationDeletionResolver] })
export class OrganizationModule {}
