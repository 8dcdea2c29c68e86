import { ApiHarness, errorCode, startApi } from '../support/api-harness';
import {
  addActiveMember,
  assignPlan,
  createCandidate,
  isolatedRedisPrefix,
  Session,
  signUp,
} from '../support/fixtures';
import { openOwnerDatabase } from '../support/owner-database';

const SETTINGS_FIELDS = 'name defaultTimeZone emailSenderName quietHours { start end }';
const READ = `{ organizationSettings { ${SETTINGS_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { ${SETTINGS_FIELDS} } }`;

const HOUR_MINUTES = 60;
const DAY_MINUTES = 24 * HOUR_MINUTES;

/** 'HH:MM' of a minute of the day, wrapping midnight. */
const wallTime = (minuteOfDay: number) => {
  const minute = ((minuteOfDay % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  return `${String(Math.floor(minute / HOUR_MINUTES)).padStart(2, '0')}:${String(minute % HOUR_MINUTES).padStart(2, '0')}`;
};
const minuteOfDayIn = (instant: Date, timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const value = (type: string) => Number(parts.find((part) => part.type === type)!.value);
  return value('hour') * HOUR_MINUTES + value('minute');
};

describe('organization settings (e2e)', () => {
  let api: ApiHarness;
  const db = openOwnerDatabase();
  let owner: Session;
  let coach: Session;
  let stranger: Session;

  beforeAll(async () => {
    api = await startApi({ REDIS_PREFIX: isolatedRedisPrefix('org-settings') });
    owner = await signUp(api, 'Settings Org');
    coach = await addActiveMember(api, owner, 'COACH', 'Sam Settings');
    stranger = await signUp(api, 'Other Settings Org');
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  const read = async (session: Session) =>
    (await api.gql<{ organizationSettings: any }>(READ, {}, session.accessToken)).data!.organizationSettings;
  const update = (session: Session, input: Record<string, unknown>) =>
    api.gql<{ updateOrganizationSettings: any }>(UPDATE, { input }, session.accessToken);

  it('starts with quiet hours from 21:00 to 08:00 and the organization name as sender', async () => {
    expect(await read(owner)).toMatchObject({
      name: 'Settings Org',
      emailSenderName: null,
      quietHours: { start: '21:00', end: '08:00' },
    });
  });

  it('lets an owner change name, sender, default zone and quiet hours, and audits it', async () => {
    const input = {
      name: 'Settings Org Renamed',
      emailSenderName: 'Prep Desk',
      defaultTimeZone: 'America/Chicago',
      quietHours: { start: '22:30', end: '07:15' },
    };
    const response = await update(owner, input);
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateOrganizationSettings).toEqual(input);
    expect(await read(coach)).toEqual(input);
    const { rows } = await db.query(
      "SELECT details FROM audit_events WHERE organization_id = $1 AND action = 'organization.settings_updated'",
      [owner.organization.id],
    );
    expect(rows.at(-1).details.changed).toEqual(
      expect.arrayContaining(['name', 'emailSenderName', 'defaultTimeZone', 'quietHoursStart', 'quietHoursEnd']),
    );
  });

  it('refuses a coach, and changes nothing', async () => {
    const before = await read(owner);
    expect(errorCode(await update(coach, { name: 'Coach Was Here' }))).toBe('FORBIDDEN');
    expect(await read(owner)).toEqual(before);
  });

  it('refuses bad input with a code naming the field, and writes none of the input', async () => {
    const before = await read(owner);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ name: 'Half Written', quietHours: { start: '25:00', end: '07:00' } }, 'quietHours'],
      [{ name: 'Half Written', quietHours: { start: '07:00', end: '07:00' } }, 'quietHours'],
      [{ name: 'Half Written', emailSenderName: 'Prep\r\nBcc: victim@example.com' }, 'emailSenderName'],
      [{ name: 'Half\nWritten' }, 'name'],
      [{ name: 'Half Written', defaultTimeZone: 'Mars/Olympus_Mons' }, 'defaultTimeZone'],
    ];
    for (const [input, field] of cases) {
      const response = await update(owner, input);
      expect({ field, code: errorCode(response), detail: response.errors?.[0]?.extensions?.field }).toEqual({
        field,
        code: 'BAD_USER_INPUT',
        detail: field,
      });
    }
    expect(await read(owner)).toEqual(before);
  });

  it("never touches another organization's settings", async () => {
    const strangerBefore = await read(stranger);
    await update(owner, { name: 'Settings Org Again', quietHours: { start: '20:00', end: '09:00' } });
    expect(await read(stranger)).toEqual(strangerBefore);
    await update(stranger, { emailSenderName: 'Stranger Desk' });
    expect((await read(owner)).emailSenderName).toBe('Prep Desk');
    expect((await read(stranger)).emailSenderName).toBe('Stranger Desk');
  });

  it('moves pending candidate reminders out of new quiet hours, without adding or resending any', async () => {
    const candidate = await createCandidate(api, coach, { name: 'Quinn Quiet', timeZone: 'Asia/Tokyo' });
    const assignment = (await assignPlan(api, coach, candidate.id)).assignment;
    const pending = async () =>
      (
        await db.query<{ id: string; kind: string; due_at: Date; version: number; status: string }>(
          `SELECT id, kind, due_at, version, status FROM reminders
            WHERE assignment_id = $1 AND status IN ('SCHEDULED', 'QUEUED') AND recipient = 'candidate' ORDER BY due_at`,
          [assignment.id],
        )
      ).rows;
    const before = await pending();
    // A reminder still ahead and at least a day before the interview, so the move has room on either side.
    const dayBeforeInterview = new Date(assignment.interview.startsAt).getTime() - 24 * 3600 * 1000;
    const target = before.find(
      (row) => row.due_at.getTime() > Date.now() + 3600 * 1000 && row.due_at.getTime() < dayBeforeInterview,
    )!;
    const localMinute = minuteOfDayIn(target.due_at, 'Asia/Tokyo');
    const quietHours = { start: wallTime(localMinute - HOUR_MINUTES), end: wallTime(localMinute + HOUR_MINUTES) };

    expect((await update(owner, { quietHours })).errors).toBeUndefined();

    const after = await pending();
    expect(after.map((row) => row.id).sort()).toEqual(before.map((row) => row.id).sort());
    // The assignment email was due at once: it is not moved.
    const immediate = before.find((row) => row.kind === 'assignment')!;
    expect(after.find((row) => row.id === immediate.id)).toEqual(immediate);
    const moved = after.find((row) => row.id === target.id)!;
    expect(moved.due_at.getTime()).not.toBe(target.due_at.getTime());
    expect(moved.version).toBe(target.version + 1);
    const movedMinute = minuteOfDayIn(moved.due_at, 'Asia/Tokyo');
    const start = localMinute - HOUR_MINUTES;
    const end = localMinute + HOUR_MINUTES;
    const strictlyQuiet = (minute: number) =>
      [minute, minute + DAY_MINUTES, minute - DAY_MINUTES].some((m) => m > start && m < end);
    expect(strictlyQuiet(movedMinute)).toBe(false);
  });

  it('moves the follow-ups still waiting after an interview that has passed', async () => {
    const candidate = await createCandidate(api, coach, { name: 'Pat Past', timeZone: 'Asia/Tokyo' });
    const assignment = (await assignPlan(api, coach, candidate.id)).assignment;
    // Whole days earlier, so every reminder keeps its wall time: the interview began a few hours ago.
    const days = Math.ceil((new Date(assignment.interview.startsAt).getTime() - Date.now()) / (DAY_MINUTES * 60_000));
    await db.query(`UPDATE assignments SET starts_at = starts_at - make_interval(days => $2) WHERE id = $1`, [
      assignment.id,
      days,
    ]);
    await db.query(`UPDATE reminders SET due_at = due_at - make_interval(days => $2) WHERE assignment_id = $1`, [
      assignment.id,
      days,
    ]);
    const waiting = (
      await db.query<{ id: string; due_at: Date; version: number }>(
        `SELECT id, due_at, version FROM reminders WHERE assignment_id = $1 AND recipient = 'candidate'
            AND status IN ('SCHEDULED', 'QUEUED') AND due_at > now() + interval '2 hours' ORDER BY due_at LIMIT 1`,
        [assignment.id],
      )
    ).rows[0];
    expect(waiting).toBeDefined();
    const localMinute = minuteOfDayIn(waiting.due_at, 'Asia/Tokyo');
    const quietHours = { start: wallTime(localMinute - HOUR_MINUTES), end: wallTime(localMinute + HOUR_MINUTES) };

    expect((await update(owner, { quietHours })).errors).toBeUndefined();

    const moved = (
      await db.query<{ due_at: Date; version: number }>(`SELECT due_at, version FROM reminders WHERE id = $1`, [
        waiting.id,
      ])
    ).rows[0];
    expect(moved.version).toBe(waiting.version + 1);
    expect(moved.due_at.getTime()).toBeGreaterThan(Date.now());
    expect(moved.due_at.getTime()).not.toBe(waiting.due_at.getTime());
  });
});
