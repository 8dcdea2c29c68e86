import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { createDataSourceOptions, DatabaseConnectionSettings } from './data-source-options';
import { CredentialLookups } from './tenancy/credential-lookups';
import { TenantTransactions } from './tenancy/tenant-transactions';

/** The app role's connection pool plus the two ways to use it: tenant transactions and credential lookups. */
@Global()
@Module({})
export class PersistenceModule {
  static forRoot(settings: DatabaseConnectionSettings): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [TypeOrmModule.forRoot({ ...createDataSourceOptions(settings), retryAttempts: 0 })],
      providers: [
        {
          provide: TenantTransactions,
          inject: [getDataSourceToken()],
          useFactory: (ds: DataSource) => new TenantTransactions(ds),
        },
        {
          provide: CredentialLookups,
          inject: [getDataSourceToken()],
          useFactory: (ds: DataSource) => new CredentialLookups(ds),
        },
      ],
      exports: [TenantTransactions, CredentialLookups],
    };
  }
}
