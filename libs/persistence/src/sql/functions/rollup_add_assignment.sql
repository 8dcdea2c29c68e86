-- Adds one assignment's share to the dashboard rollups (p_sign 1) or takes it back (-1): its
-- status in its coach's counts, its interview and follow-up in the hour it was held, and its
-- readiness (items done by T-24h over the plan's items) on the day it starts unless cancelled.
-- Called by the assignments trigger with the old and the new row, so every write path keeps
-- the figures right. Deltas are added in place (no read-modify-write) under concurrency.
CREATE OR REPLACE FUNCTION rollup_add_assignment(a assignments, p_sign int) RETURNS void
  LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp AS $$
  BEGIN
    INSERT INTO coach_status_counts AS c (organization_id, coach_member_id, status, assignments)
      VALUES (a.organization_id, a.coach_member_id, a.status, p_sign)
      ON CONFLICT (organization_id, coach_member_id, status)
      DO UPDATE SET assignments = c.assignments + EXCLUDED.assignments;
    IF a.interviewed_at IS NOT NULL THEN
      INSERT INTO coach_hourly_figures AS h (organization_id, coach_member_id, hour, shard, interviews, follow_ups_sent)
        VALUES (a.organization_id, a.coach_member_id, date_trunc('hour', a.interviewed_at, 'UTC'), rollup_shard(), p_sign,
                CASE WHEN a.follow_up_sent_at IS NOT NULL THEN p_sign ELSE 0 END)
        ON CONFLICT (organization_id, coach_member_id, hour, shard)
        DO UPDATE SET interviews = h.interviews + EXCLUDED.interviews,
                      follow_ups_sent = h.follow_ups_sent + EXCLUDED.follow_ups_sent;
    END IF;
    IF a.status <> 'CANCELLED' THEN
      INSERT INTO coach_daily_readiness AS r (organization_id, coach_member_id, day, items_done, items_total, assignments)
        VALUES (a.organization_id, a.coach_member_id, date_trunc('day', a.starts_at, 'UTC'),
                a.items_done_by_t_minus_24h, cardinality(a.plan_item_keys), p_sign)
        ON CONFLICT (organization_id, coach_member_id, day, items_done, items_total)
        DO UPDATE SET assignments = r.assignments + EXCLUDED.assignments;
    END IF;
  END $$;
