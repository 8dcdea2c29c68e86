-- Blanks what the app role cannot: the messages sent about an erased candidate (to them or to
-- their coach) and the payloads of audit rows about them or their assignments, or naming their
-- email. Only in the transaction's organization, and only once the candidate is marked erased
-- (the caller marks it first, in the same transaction).
CREATE OR REPLACE FUNCTION candidate_erase_traces(p_candidate_id uuid, p_email text)
  RETURNS TABLE (deliveries int, audit_events int)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  DECLARE
    v_organization_id uuid := NULLIF(current_setting('app.organization_id', true), '')::uuid;
    v_deliveries int;
    v_audit int;
  BEGIN
    IF NOT EXISTS (SELECT 1 FROM candidates c WHERE c.organization_id = v_organization_id
                    AND c.id = p_candidate_id AND c.erased_at IS NOT NULL) THEN
      RAISE EXCEPTION 'candidate % is not marked erased in this organization', p_candidate_id;
    END IF;
    UPDATE deliveries d
       SET to_address = 'erased', subject = '', text_body = '', html_body = '', headers = '{}', smtp_response = NULL
      FROM reminders r JOIN assignments a ON a.organization_id = r.organization_id AND a.id = r.assignment_id
     WHERE d.organization_id = v_organization_id AND r.organization_id = v_organization_id
       AND d.reminder_id = r.id AND a.candidate_id = p_candidate_id;
    GET DIAGNOSTICS v_deliveries = ROW_COUNT;
    UPDATE audit_events e SET details = '{"erased": true}'
     WHERE e.organization_id = v_organization_id AND e.details <> '{"erased": true}'
       AND (e.subject_id = p_candidate_id
            OR e.subject_id IN (SELECT a.id FROM assignments a
                                 WHERE a.organization_id = v_organization_id AND a.candidate_id = p_candidate_id)
            OR strpos(lower(e.details::text), lower(p_email)) > 0);
    GET DIAGNOSTICS v_audit = ROW_COUNT;
    RETURN QUERY SELECT v_deliveries, v_audit;
  END $$;
REVOKE ALL ON FUNCTION candidate_erase_traces(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION candidate_erase_traces(uuid, text) TO prep_app;
