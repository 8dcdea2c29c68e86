import { DataSource } from 'typeorm';

/**
 * Maps a credential to the organization it belongs to, through the narrow SECURITY DEFINER
 * functions of the schema. Verifying the credential happens afterwards, under RLS.
 */
export class CredentialLookups {
  constructor(private readonly dataSource: DataSource) {}

  organizationForEmail(email: string): Promise<string | null> {
    return this.scalar('SELECT auth_organization_for_email($1) AS value', [email]);
  }

  organizationForRefreshToken(tokenHash: string): Promise<string | null> {
    return this.scalar('SELECT auth_organization_for_refresh_token($1) AS value', [tokenHash]);
  }

  organizationForInvitation(tokenHash: string): Promise<string | null> {
    return this.scalar('SELECT auth_organization_for_invitation($1) AS value', [tokenHash]);
  }

  organizationForPasswordReset(tokenHash: string): Promise<string | null> {
    return this.scalar('SELECT auth_organization_for_password_reset($1) AS value', [tokenHash]);
  }

  organizationForAssignmentLink(tokenHash: string): Promise<string | null> {
    return this.scalar('SELECT auth_organization_for_assignment_link($1) AS value', [tokenHash]);
  }

  async isEmailRegistered(email: string): Promise<boolean> {
    return (await this.scalar<boolean>('SELECT auth_email_is_registered($1) AS value', [email])) === true;
  }

  private async scalar<T = string>(sql: string, parameters: unknown[]): Promise<T | null> {
    const rows: Array<{ value: T | null }> = await this.dataSource.query(sql, parameters);
    return rows[0]?.value ?? null;
  }
}
