import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEND_NOW_CHANGE_REASON } from '@prep/domain';
import { SQL_DIR } from '../migrations/sql-definitions';

describe("the claim's exemption for a coach's send-now", () => {
  it('matches the reason the API records for that move', () => {
    const claim = readFileSync(join(SQL_DIR, 'functions/reminder_claim_for_send.sql'), 'utf8');
    expect(claim).toContain(`= '${SEND_NOW_CHANGE_REASON}'`);
  });
});
