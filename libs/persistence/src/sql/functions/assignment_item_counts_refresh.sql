-- Trigger before an assignment's plan or interview time changes: its counters of done items
-- (ever, and by T-24h) are counted again against the new plan keys and time. The keys come from
-- the plan itself, since a BEFORE trigger cannot read the generated plan_item_keys yet.
CREATE OR REPLACE FUNCTION assignment_item_counts_refresh() RETURNS trigger
  LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp AS $$
  BEGIN
    SELECT count(*) FILTER (WHERE p.done_at IS NOT NULL),
           count(*) FILTER (WHERE p.done_at <= NEW.starts_at - interval '24 hours')
      INTO NEW.items_done, NEW.items_done_by_t_minus_24h
      FROM item_progress p
     WHERE p.organization_id = NEW.organization_id AND p.assignment_id = NEW.id
       AND p.item_key = ANY (plan_item_keys(NEW.plan));
    RETURN NEW;
  END $$;
