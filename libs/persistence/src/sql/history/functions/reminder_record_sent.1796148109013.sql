-- Records SENT (conditional on the claim's version) together with the message as sent. SECURITY
-- INVOKER: it makes the organization the transaction's tenant, then runs under RLS.
CREATE OR REPLACE FUNCTION reminder_record_sent(
  p_organization_id uuid, p_reminder_id uuid, p_version int, p_message_id text, p_smtp_response text,
  p_delivery_id uuid, p_to_address text, p_subject text, p_text_body text, p_html_body text, p_headers jsonb
)
  RETURNS boolean
  LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp AS $$
  DECLARE
    still_ours boolean;
  BEGIN
    PERFORM set_config('app.organization_id', p_organization_id::text, true), set_config('app.user_id', '', true);
    UPDATE reminders
       SET status = 'SENT', message_id = p_message_id, sent_at = now(), last_error = NULL,
           claimed_until = NULL, version = version + 1, updated_at = now()
     WHERE organization_id = p_organization_id AND id = p_reminder_id AND version = p_version;
    still_ours := FOUND;
    -- Recorded even if the lease was somehow lost: the message did go out.
    INSERT INTO deliveries (organization_id, id, reminder_id, message_id, to_address, subject, text_body, html_body, headers, smtp_response)
    VALUES (p_organization_id, p_delivery_id, p_reminder_id, p_message_id, p_to_address, p_subject, p_text_body, p_html_body, p_headers, p_smtp_response);
    RETURN still_ours;
  END
  $$;
REVOKE ALL ON FUNCTION reminder_record_sent(uuid, uuid, int, text, text, uuid, text, text, text, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reminder_record_sent(uuid, uuid, int, text, text, uuid, text, text, text, text, jsonb) TO prep_app;
