import { join } from 'node:path';
import { definitionFile, migrationTimestamp, SQL_DIR } from './sql-definitions';
import { PlanOutline1764700000000 } from './1764700000000-plan-outline';

const current = (name: string) => join(SQL_DIR, `${name}.sql`);
const replacedBy = (name: string, timestamp: number) => join(SQL_DIR, 'history', `${name}.${timestamp}.sql`);

describe('which text of a definition a migration applies', () => {
  it('is the text a later migration replaced, for every migration before that one', () => {
    expect(definitionFile('functions/reminder_claim_for_send', 1764500000000)).toBe(
      replacedBy('functions/reminder_claim_for_send', 1764700000000),
    );
    expect(definitionFile('functions/auth_organization_for_assignment_link', 1764200000000)).toBe(
      replacedBy('functions/auth_organization_for_assignment_link', 1764300000000),
    );
    expect(definitionFile('policies/tenant', 1764100000000)).toBe(replacedBy('policies/tenant', 1796131502165));
  });

  it('is the current file for the replacing migration and every one after it', () => {
    expect(definitionFile('functions/reminder_claim_for_send', 1764700000000)).toBe(
      replacedBy('functions/reminder_claim_for_send', 1796123557268),
    );
    expect(definitionFile('functions/reminder_claim_for_send', 1796123557268)).toBe(
      replacedBy('functions/reminder_claim_for_send', 1796127595512),
    );
    expect(definitionFile('functions/reminder_claim_for_send', 1796127595512)).toBe(
      replacedBy('functions/reminder_claim_for_send', 1796148109013),
    );
    expect(definitionFile('functions/reminder_claim_for_send', 1796148109013)).toBe(
      replacedBy('functions/reminder_claim_for_send', 1796154979921),
    );
    expect(definitionFile('functions/reminder_claim_for_send', 1796154979921)).toBe(
      current('functions/reminder_claim_for_send'),
    );
    expect(definitionFile('functions/auth_organization_for_assignment_link', 1764300000000)).toBe(
      replacedBy('functions/auth_organization_for_assignment_link', 1796154979921),
    );
    expect(definitionFile('functions/auth_organization_for_assignment_link', 1796154979921)).toBe(
      current('functions/auth_organization_for_assignment_link'),
    );
    expect(definitionFile('policies/tenant', 1796131502165)).toBe(current('policies/tenant'));
  });

  it("is, for a migration's down(), the text that migration replaced", () => {
    const before = migrationTimestamp(new PlanOutline1764700000000()) - 1;
    expect(definitionFile('functions/reminder_claim_for_send', before)).toBe(
      replacedBy('functions/reminder_claim_for_send', 1764700000000),
    );
  });
});
