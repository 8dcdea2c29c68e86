-- Keeps a reminder's trace as its row changes, whichever statement changes it (planning, a move,
-- the worker's claims and outcomes, a coach's action): a history row for every change of status
-- or due time, and one attempt row per claim for sending, closed with the attempt's outcome.
-- The reason is the transaction's app.change_reason when set, else the row's new reason, else
-- what the change itself says. The actor is app.actor_member_id when set; none means the system.
-- SECURITY INVOKER: it writes as the caller, under row-level security.
CREATE OR REPLACE FUNCTION reminder_history()
  RETURNS trigger
  LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp AS $$
  DECLARE
    v_open_attempts int := 0;
  BEGIN
    IF TG_OP = 'UPDATE' AND OLD.claimed_until IS NOT NULL
       AND (NEW.claimed_until IS NULL OR NEW.attempts > OLD.attempts) THEN
      -- The claim ended: with an outcome, or (a new claim) because its worker never gave one.
      UPDATE reminder_attempts t
         SET finished_at = now(),
             outcome = CASE WHEN NEW.attempts > OLD.attempts THEN 'interrupted'
                            WHEN NEW.status = 'SENT' THEN 'sent'
                            WHEN NEW.status = 'QUEUED' THEN 'retrying'
                            WHEN NEW.status = 'SKIPPED' AND NEW.reason = 'expired' THEN 'expired'
                            ELSE lower(NEW.status) END,
             detail = CASE WHEN NEW.attempts > OLD.attempts THEN 'no outcome was recorded (the worker stopped)'
                           WHEN NEW.status IN ('QUEUED', 'FAILED') OR NEW.reason = 'expired' THEN NEW.last_error
                           WHEN NEW.status IN ('SKIPPED', 'CANCELLED') THEN NEW.reason END
       WHERE t.organization_id = NEW.organization_id AND t.reminder_id = NEW.id AND t.outcome IS NULL;
      GET DIAGNOSTICS v_open_attempts = ROW_COUNT;
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.attempts > OLD.attempts THEN
      -- An attempt that follows one without an outcome may repeat a message the server accepted.
      INSERT INTO reminder_attempts (organization_id, reminder_id, attempt, possible_duplicate)
      VALUES (NEW.organization_id, NEW.id, NEW.attempts, v_open_attempts > 0);
    END IF;
    IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status OR NEW.due_at IS DISTINCT FROM OLD.due_at THEN
      INSERT INTO reminder_changes (organization_id, reminder_id, from_status, to_status, from_due_at, to_due_at,
                                    reason, actor_member_id)
      VALUES (NEW.organization_id, NEW.id,
              CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END, NEW.status,
              CASE WHEN TG_OP = 'UPDATE' THEN OLD.due_at END, NEW.due_at,
              coalesce(NULLIF(current_setting('app.change_reason', true), ''),
                       CASE WHEN TG_OP = 'INSERT' THEN coalesce(NEW.reason, 'planned')
                            WHEN NEW.reason IS DISTINCT FROM OLD.reason AND NEW.reason IS NOT NULL THEN NEW.reason
                            WHEN NEW.attempts > OLD.attempts THEN 'claimed for sending'
                            WHEN OLD.status = 'SCHEDULED' AND NEW.status = 'QUEUED' THEN 'timer set'
                            WHEN NEW.status = 'SENT' THEN 'accepted by the mail server'
                            WHEN NEW.due_at IS DISTINCT FROM OLD.due_at THEN 'due time moved' END,
                       NEW.reason),
              NULLIF(current_setting('app.actor_member_id', true), '')::uuid);
    END IF;
    RETURN NULL;
  END
  $$;
REVOKE ALL ON FUNCTION reminder_history() FROM PUBLIC;
