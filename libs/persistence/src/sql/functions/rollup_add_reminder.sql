-- Adds one reminder's outcome (SENT, SKIPPED or FAILED) to its coach's figures of the hour it
-- was due (p_sign 1), or takes it back (-1). Other statuses are no outcome yet.
CREATE OR REPLACE FUNCTION rollup_add_reminder(p_organization_id uuid, p_coach_member_id uuid, p_status text,
                                               p_due_at timestamptz, p_sign int) RETURNS void
  LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp AS $$
  BEGIN
    IF p_status NOT IN ('SENT', 'SKIPPED', 'FAILED') THEN
      RETURN;
    END IF;
    INSERT INTO coach_hourly_figures AS h
        (organization_id, coach_member_id, hour, shard, reminders_sent, reminders_skipped, reminders_failed)
      VALUES (p_organization_id, p_coach_member_id, date_trunc('hour', p_due_at, 'UTC'), rollup_shard(),
              CASE WHEN p_status = 'SENT' THEN p_sign ELSE 0 END,
              CASE WHEN p_status = 'SKIPPED' THEN p_sign ELSE 0 END,
              CASE WHEN p_status = 'FAILED' THEN p_sign ELSE 0 END)
      ON CONFLICT (organization_id, coach_member_id, hour, shard)
      DO UPDATE SET reminders_sent = h.reminders_sent + EXCLUDED.reminders_sent,
                    reminders_skipped = h.reminders_skipped + EXCLUDED.reminders_skipped,
                    reminders_failed = h.reminders_failed + EXCLUDED.reminders_failed;
  END $$;
