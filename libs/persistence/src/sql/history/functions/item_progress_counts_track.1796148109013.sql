-- Statement trigger on item_progress: the counters of done plan items (ever, and by T-24h) of
-- each assignment the statement touched move by the change of its rows (old rows leave, new rows
-- enter), one UPDATE per statement however many rows. The assignments are locked first, so their
-- keys and interview time cannot change between the count and the update.
CREATE OR REPLACE FUNCTION item_progress_counts_track() RETURNS trigger
  LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp AS $$
  DECLARE
    v_changed text := CASE TG_OP
      WHEN 'INSERT' THEN 'SELECT n.*, 1 AS sign FROM new_rows n'
      WHEN 'DELETE' THEN 'SELECT o.*, -1 AS sign FROM old_rows o'
      ELSE 'SELECT n.*, 1 AS sign FROM new_rows n UNION ALL SELECT o.*, -1 FROM old_rows o' END;
  BEGIN
    EXECUTE format($sql$
      WITH changed AS (%s), touched AS (
        SELECT a.organization_id, a.id FROM assignments a
         WHERE (a.organization_id, a.id) IN (SELECT organization_id, assignment_id FROM changed)
         ORDER BY a.organization_id, a.id FOR NO KEY UPDATE
      )
      SELECT count(*) FROM touched$sql$, v_changed);
    EXECUTE format($sql$
      WITH changed AS (%s)
      UPDATE assignments a
         SET items_done = a.items_done + d.done, items_done_by_t_minus_24h = a.items_done_by_t_minus_24h + d.by_t_minus_24h
        FROM (SELECT c.organization_id, c.assignment_id,
                     sum(c.sign * (c.done_at IS NOT NULL)::int) AS done,
                     sum(c.sign * (c.done_at IS NOT NULL AND c.done_at <= x.starts_at - interval '24 hours')::int) AS by_t_minus_24h
                FROM changed c JOIN assignments x ON x.organization_id = c.organization_id AND x.id = c.assignment_id
               WHERE c.item_key = ANY (x.plan_item_keys)
               GROUP BY 1, 2) d
       WHERE a.organization_id = d.organization_id AND a.id = d.assignment_id
         AND (d.done <> 0 OR d.by_t_minus_24h <> 0)$sql$, v_changed);
    RETURN NULL;
  END $$;
