-- Trigger on assignments: the old row's share leaves the rollups and the new row's enters. When
-- the coach changes, the assignment's reminder outcomes move to the new coach's figures too.
CREATE OR REPLACE FUNCTION assignment_rollups_track() RETURNS trigger
  LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp AS $$
  BEGIN
    IF TG_OP <> 'INSERT' THEN
      PERFORM rollup_add_assignment(OLD, -1);
    END IF;
    IF TG_OP <> 'DELETE' THEN
      PERFORM rollup_add_assignment(NEW, 1);
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.coach_member_id <> NEW.coach_member_id THEN
      PERFORM rollup_add_reminder(r.organization_id, OLD.coach_member_id, r.status, r.due_at, -1),
              rollup_add_reminder(r.organization_id, NEW.coach_member_id, r.status, r.due_at, 1)
         FROM reminders r
        WHERE r.organization_id = NEW.organization_id AND r.assignment_id = NEW.id
          AND r.status IN ('SENT', 'SKIPPED', 'FAILED');
    END IF;
    RETURN NULL;
  END $$;
