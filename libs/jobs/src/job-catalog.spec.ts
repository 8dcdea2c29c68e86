import { JOB_NAMES, JOB_QUEUES, jobsOfQueue, QUEUE_NAMES } from './job-catalog';
import {
  deleteOrganizationJobId,
  eraseExpiredCandidatesJobId,
  memberInvitationJobId,
  passwordResetJobId,
  purgeExpiredCredentialsJobId,
  sendReminderJobId,
} from './job-ids';

describe('job catalog', () => {
  it('puts every job on a declared queue', () => {
    for (const name of JOB_NAMES) expect(QUEUE_NAMES).toContain(JOB_QUEUES[name]);
    expect(QUEUE_NAMES.flatMap(jobsOfQueue).sort()).toEqual([...JOB_NAMES].sort());
  });

  it('derives the same job id for the same organization and day, and never uses the key separator', () => {
    const a = purgeExpiredCredentialsJobId('0d3c0f4e-2f39-4f0a-9e51-0a7f2c1b9e11', new Date('2026-03-01T08:00:00Z'));
    const b = purgeExpiredCredentialsJobId('0d3c0f4e-2f39-4f0a-9e51-0a7f2c1b9e11', new Date('2026-03-01T23:59:00Z'));
    const nextDay = purgeExpiredCredentialsJobId(
      '0d3c0f4e-2f39-4f0a-9e51-0a7f2c1b9e11',
      new Date('2026-03-02T00:00:00Z'),
    );
    expect(a).toBe(b);
    expect(a).not.toBe(nextDay);
    expect(a).not.toContain(':');
  });

  it('gives each reminder version its own timer id', () => {
    expect(sendReminderJobId('r-1', 1)).toBe(sendReminderJobId('r-1', 1));
    expect(sendReminderJobId('r-1', 2)).not.toBe(sendReminderJobId('r-1', 1));
    expect(sendReminderJobId('r-1', 1)).not.toContain(':');
  });

  it('gives each invitation version its own email job, and each reset request one', () => {
    expect(memberInvitationJobId('m-1', 1)).toBe(memberInvitationJobId('m-1', 1));
    expect(memberInvitationJobId('m-1', 2)).not.toBe(memberInvitationJobId('m-1', 1));
    expect(passwordResetJobId('p-1')).toBe(passwordResetJobId('p-1'));
    expect(passwordResetJobId('p-1')).not.toBe(passwordResetJobId('p-2'));
    for (const id of [memberInvitationJobId('m-1', 1), passwordResetJobId('p-1')]) expect(id).not.toContain(':');
  });

  it('runs retention once per organization and day, and deletes an organization with one job', () => {
    const organizationId = '0d3c0f4e-2f39-4f0a-9e51-0a7f2c1b9e11';
    const morning = eraseExpiredCandidatesJobId(organizationId, new Date('2026-03-01T01:00:00Z'));
    expect(eraseExpiredCandidatesJobId(organizationId, new Date('2026-03-01T22:00:00Z'))).toBe(morning);
    expect(eraseExpiredCandidatesJobId(organizationId, new Date('2026-03-02T01:00:00Z'))).not.toBe(morning);
    expect(deleteOrganizationJobId(organizationId)).toBe(deleteOrganizationJobId(organizationId));
    for (const id of [morning, deleteOrganizationJobId(organizationId)]) expect(id).not.toContain(':');
  });
});
