-- What a reminder's email quotes from the coach: the comments on the items it covers. Like
-- reminder_claim_for_send it is SECURITY INVOKER and makes the organization the tenant first,
-- so one statement can serve the sends of several organizations under row-level security. A
-- reminder covers a few items with a comment or two each (ROWS 4; see reminder_claim_for_send).
CREATE OR REPLACE FUNCTION item_comments_for_send(p_organization_id uuid, p_assignment_id uuid, p_item_keys text[])
  RETURNS TABLE (item_key text, body text)
  LANGUAGE plpgsql VOLATILE ROWS 4 SET search_path = public, pg_temp AS $$
  #variable_conflict use_column
  BEGIN
    PERFORM set_config('app.organization_id', p_organization_id::text, true), set_config('app.user_id', '', true);
    RETURN QUERY
      SELECT ic.item_key, ic.body FROM item_comments ic
       WHERE ic.organization_id = p_organization_id AND ic.assignment_id = p_assignment_id
         AND ic.item_key = ANY (p_item_keys)
       ORDER BY ic.created_at, ic.id;
  END
  $$;
REVOKE ALL ON FUNCTION item_comments_for_send(uuid, uuid, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION item_comments_for_send(uuid, uuid, text[]) TO prep_app;
