-- Statement trigger on reminders: the outcomes (SENT, SKIPPED, FAILED) the statement's old rows
-- had leave their coach's hourly figures and those of its new rows enter, one upsert per coach,
-- hour and shard (`rollup_shard`). The assignments are read FOR SHARE, so a concurrent change of
-- coach (which moves an assignment's outcomes) waits for this statement or is seen by it. A reminder deleted after its
-- assignment (a deleted organization) has nothing left to take back.
--
-- Most statements on reminders change no outcome (a claim, a re-timing) and end at the first
-- check. The upsert is static SQL over the changed rows gathered in an array, so its plan is
-- cached per connection: as dynamic SQL (one text per TG_OP) it was planned on every statement,
-- about half of what a claim cost Postgres.
CREATE OR REPLACE FUNCTION reminder_rollups_track() RETURNS trigger
  LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp AS $$
  DECLARE
    v_rows reminders[] := '{}';
    v_signs int[] := '{}';
  BEGIN
    -- Each transition table is read only where the operation has it.
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      SELECT coalesce(array_agg(n::reminders), '{}'), coalesce(array_agg(1), '{}') INTO v_rows, v_signs
        FROM new_rows n WHERE n.status IN ('SENT', 'SKIPPED', 'FAILED');
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      SELECT v_rows || coalesce(array_agg(o::reminders), '{}'), v_signs || coalesce(array_agg(-1), '{}')
        INTO v_rows, v_signs
        FROM old_rows o WHERE o.status IN ('SENT', 'SKIPPED', 'FAILED');
    END IF;
    IF cardinality(v_rows) = 0 THEN RETURN NULL; END IF;
    WITH changed AS (
      SELECT c.organization_id, c.assignment_id, c.status, c.due_at, v_signs[c.ordinality] AS sign
        FROM unnest(v_rows) WITH ORDINALITY AS c
    )
    INSERT INTO coach_hourly_figures AS h
        (organization_id, coach_member_id, hour, shard, reminders_sent, reminders_skipped, reminders_failed)
    SELECT c.organization_id, a.coach_member_id, date_trunc('hour', c.due_at, 'UTC'), rollup_shard(),
           coalesce(sum(c.sign) FILTER (WHERE c.status = 'SENT'), 0),
           coalesce(sum(c.sign) FILTER (WHERE c.status = 'SKIPPED'), 0),
           coalesce(sum(c.sign) FILTER (WHERE c.status = 'FAILED'), 0)
      FROM changed c
      JOIN (SELECT a.organization_id, a.id, a.coach_member_id FROM assignments a
             WHERE (a.organization_id, a.id) IN (SELECT organization_id, assignment_id FROM changed)
             ORDER BY a.organization_id, a.id FOR SHARE) a
        ON a.organization_id = c.organization_id AND a.id = c.assignment_id
     GROUP BY 1, 2, 3, 4
    ON CONFLICT (organization_id, coach_member_id, hour, shard)
    DO UPDATE SET reminders_sent = h.reminders_sent + EXCLUDED.reminders_sent,
                  reminders_skipped = h.reminders_skipped + EXCLUDED.reminders_skipped,
                  reminders_failed = h.reminders_failed + EXCLUDED.reminders_failed;
    RETURN NULL;
  END $$;
