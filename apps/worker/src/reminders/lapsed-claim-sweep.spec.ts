import { Test } from '@nestjs/testing';
import { APP_CONFIG, loadConfig } from '@prep/config';
import { LapsedClaimSweep } from './lapsed-claim-sweep';
import { ReminderQueue } from './reminder-queue';
import { ReminderStatements } from './reminder-statements';

const LEASE_MS = 2_000;

describe('LapsedClaimSweep', () => {
  // A worker restarted after a crash may itself be stopped within a lease (a crash loop, a rolling
  // deploy): sweeping only every half lease, such a worker never looked for the claims left behind.
  it('first looks for lapsed claims well within half a lease of the worker starting', async () => {
    const startedAt = Date.now();
    let firstSweepAt: number | null = null;
    const statements = {
      findLapsedClaims: async () => {
        firstSweepAt ??= Date.now();
        return [];
      },
    };
    const module = await Test.createTestingModule({
      providers: [
        LapsedClaimSweep,
        { provide: APP_CONFIG, useValue: loadConfig({ REMINDER_CLAIM_LEASE_MS: String(LEASE_MS) }) },
        { provide: ReminderStatements, useValue: statements },
        { provide: ReminderQueue, useValue: { queue: null } },
      ],
    }).compile();
    await module.init();
    try {
      while (firstSweepAt === null && Date.now() - startedAt < 3 * LEASE_MS)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(firstSweepAt).not.toBeNull();
      expect(firstSweepAt! - startedAt).toBeLessThan(LEASE_MS / 2);
    } finally {
      await module.close();
    }
  });
});
