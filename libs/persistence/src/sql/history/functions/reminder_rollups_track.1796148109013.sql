-- Statement trigger on reminders: the outcomes (SENT, SKIPPED, FAILED) the statement's old rows
-- had leave their coach's hourly figures and those of its new rows enter, one upsert per coach,
-- hour and shard (`rollup_shard`). The assignments are read FOR SHARE, so a concurrent change of
-- coach (which moves an assignment's outcomes) waits for this statement or is seen by it. A reminder deleted after its
-- assignment (a deleted organization) has nothing left to take back.
CREATE OR REPLACE FUNCTION reminder_rollups_track() RETURNS trigger
  LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp AS $$
  DECLARE
    v_changed text := CASE TG_OP
      WHEN 'INSERT' THEN 'SELECT n.*, 1 AS sign FROM new_rows n'
      WHEN 'DELETE' THEN 'SELECT o.*, -1 AS sign FROM old_rows o'
      ELSE 'SELECT n.*, 1 AS sign FROM new_rows n UNION ALL SELECT o.*, -1 FROM old_rows o' END;
  BEGIN
    EXECUTE format($sql$
      WITH changed AS (%s)
      INSERT INTO coach_hourly_figures AS h
          (organization_id, coach_member_id, hour, shard, reminders_sent, reminders_skipped, reminders_failed)
      SELECT c.organization_id, a.coach_member_id, date_trunc('hour', c.due_at, 'UTC'), rollup_shard(),
             coalesce(sum(c.sign) FILTER (WHERE c.status = 'SENT'), 0),
             coalesce(sum(c.sign) FILTER (WHERE c.status = 'SKIPPED'), 0),
             coalesce(sum(c.sign) FILTER (WHERE c.status = 'FAILED'), 0)
        FROM changed c
        JOIN (SELECT a.organization_id, a.id, a.coach_member_id FROM assignments a
               WHERE (a.organization_id, a.id) IN (SELECT organization_id, assignment_id FROM changed
                                                     WHERE status IN ('SENT', 'SKIPPED', 'FAILED'))
               ORDER BY a.organization_id, a.id FOR SHARE) a
          ON a.organization_id = c.organization_id AND a.id = c.assignment_id
       WHERE c.status IN ('SENT', 'SKIPPED', 'FAILED')
       GROUP BY 1, 2, 3, 4
      ON CONFLICT (organization_id, coach_member_id, hour, shard)
      DO UPDATE SET reminders_sent = h.reminders_sent + EXCLUDED.reminders_sent,
                    reminders_skipped = h.reminders_skipped + EXCLUDED.reminders_skipped,
                    reminders_failed = h.reminders_failed + EXCLUDED.reminders_failed$sql$, v_changed);
    RETURN NULL;
  END $$;
