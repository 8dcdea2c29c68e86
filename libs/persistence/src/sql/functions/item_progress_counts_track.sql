-- Statement trigger on item_progress: the counters of done plan items (ever, and by T-24h) of
-- each assignment the statement touched move by the change of its rows (old rows leave, new rows
-- enter), one UPDATE per statement however many rows. The assignments are locked first, so their
-- keys and interview time cannot change between the count and the update.
--
-- Static SQL over the changed rows gathered in an array, so both statements' plans are cached
-- per connection (as dynamic SQL, one text per TG_OP, they were planned on every tick).
CREATE OR REPLACE FUNCTION item_progress_counts_track() RETURNS trigger
  LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp AS $$
  DECLARE
    v_rows item_progress[] := '{}';
    v_signs int[] := '{}';
  BEGIN
    -- Each transition table is read only where the operation has it.
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      SELECT coalesce(array_agg(n::item_progress), '{}'), coalesce(array_agg(1), '{}') INTO v_rows, v_signs
        FROM new_rows n;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      SELECT v_rows || coalesce(array_agg(o::item_progress), '{}'), v_signs || coalesce(array_agg(-1), '{}')
        INTO v_rows, v_signs
        FROM old_rows o;
    END IF;
    IF cardinality(v_rows) = 0 THEN RETURN NULL; END IF;
    PERFORM 1 FROM assignments a
      WHERE (a.organization_id, a.id) IN (SELECT c.organization_id, c.assignment_id FROM unnest(v_rows) AS c)
      ORDER BY a.organization_id, a.id FOR NO KEY UPDATE;
    WITH changed AS (
      SELECT c.organization_id, c.assignment_id, c.item_key, c.done_at, v_signs[c.ordinality] AS sign
        FROM unnest(v_rows) WITH ORDINALITY AS c
    )
    UPDATE assignments a
       SET items_done = a.items_done + d.done, items_done_by_t_minus_24h = a.items_done_by_t_minus_24h + d.by_t_minus_24h
      FROM (SELECT c.organization_id, c.assignment_id,
                   sum(c.sign * (c.done_at IS NOT NULL)::int) AS done,
                   sum(c.sign * (c.done_at IS NOT NULL AND c.done_at <= x.starts_at - interval '24 hours')::int) AS by_t_minus_24h
              FROM changed c JOIN assignments x ON x.organization_id = c.organization_id AND x.id = c.assignment_id
             WHERE c.item_key = ANY (x.plan_item_keys)
             GROUP BY 1, 2) d
     WHERE a.organization_id = d.organization_id AND a.id = d.assignment_id
       AND (d.done <> 0 OR d.by_t_minus_24h <> 0);
    RETURN NULL;
  END $$;
