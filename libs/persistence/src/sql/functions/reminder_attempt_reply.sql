-- The server's reply to an accepted message goes on the attempt that sent it: the delivery row
-- is written in the same statement as SENT, after the reminder's own update closed the attempt.
CREATE OR REPLACE FUNCTION reminder_attempt_reply()
  RETURNS trigger
  LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp AS $$
  BEGIN
    UPDATE reminder_attempts t SET detail = NEW.smtp_response, message_id = NEW.message_id
     WHERE t.organization_id = NEW.organization_id AND t.reminder_id = NEW.reminder_id
       AND t.attempt = (SELECT max(a.attempt) FROM reminder_attempts a
                         WHERE a.organization_id = NEW.organization_id AND a.reminder_id = NEW.reminder_id);
    RETURN NULL;
  END
  $$;
REVOKE ALL ON FUNCTION reminder_attempt_reply() FROM PUBLIC;
