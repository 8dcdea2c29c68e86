-- Claims a due reminder (conditional on its version, pending, lease), mints its email's private
-- link (hash only, and only while the assignment has a live link: a revoked one stays revoked) and returns everything the send-time checks and the message need. SECURITY
-- INVOKER: it makes the organization the transaction's tenant, then runs under RLS.
CREATE OR REPLACE FUNCTION reminder_claim_for_send(
  p_organization_id uuid, p_reminder_id uuid, p_version int, p_lease interval,
  p_link_id uuid, p_link_token_hash text
)
  RETURNS TABLE (
    organization_id uuid, id uuid, assignment_id uuid, plan_version int, kind text, recipient text,
    item_keys text[], condition text, due_at timestamptz, attempts int, version int,
    organization_name text, email_sender_name text,
    assignment_status text, schedule_version int, follow_up_sent boolean, company text, role text,
    starts_at timestamptz, interview_time_zone text, format text, location text, interviewers text[],
    plan_outline jsonb,
    candidate_id uuid, candidate_name text, candidate_email text, candidate_time_zone text, candidate_unsubscribed boolean,
    coach_name text, coach_email text,
    done_item_keys text[], candidate_started boolean, has_live_link boolean
  )
  LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp AS $$
  #variable_conflict use_column
  BEGIN
    PERFORM set_config('app.organization_id', p_organization_id::text, true), set_config('app.user_id', '', true);
    RETURN QUERY
      WITH claimed AS (
        UPDATE reminders r
           SET version = r.version + 1, attempts = r.attempts + 1, claimed_until = now() + p_lease,
               status = 'QUEUED', updated_at = now()
         WHERE r.organization_id = p_organization_id AND r.id = p_reminder_id AND r.version = p_version
           AND r.status IN ('SCHEDULED', 'QUEUED') AND (r.claimed_until IS NULL OR r.claimed_until < now())
        RETURNING r.*
      ),
      -- Read before the link below is minted (a statement sees the rows as they were when it began).
      live AS (
        SELECT EXISTS (
          SELECT 1 FROM claimed c JOIN assignment_links l
            ON l.organization_id = c.organization_id AND l.assignment_id = c.assignment_id AND l.revoked_at IS NULL
        ) AS has_live_link
      ),
      -- Only a claimed candidate reminder gets a link; its token exists nowhere but in the caller.
      minted AS (
        INSERT INTO assignment_links (organization_id, id, assignment_id, token_hash, purpose, reminder_id)
        SELECT c.organization_id, p_link_id, c.assignment_id, p_link_token_hash, 'EMAIL', c.id
          FROM claimed c, live
         WHERE c.recipient = 'candidate' AND p_link_token_hash IS NOT NULL AND live.has_live_link
      )
      -- Outer joins: a missing row shows as NULLs and the caller fails the attempt, instead
      -- of the claim vanishing with the row held until its lease runs out.
      SELECT c.organization_id, c.id, c.assignment_id, c.plan_version, c.kind, c.recipient,
             c.item_keys, c.condition, c.due_at, c.attempts, c.version,
             o.name, o.email_sender_name,
             a.status, a.schedule_version, a.follow_up_sent_at IS NOT NULL, a.company, a.role,
             a.starts_at, a.time_zone, a.format, a.location, a.interviewers,
             a.plan_outline,
             ca.id, ca.name, ca.email, ca.time_zone, ca.unsubscribed_at IS NOT NULL,
             u.name, u.email,
             coalesce(progress.done_item_keys, '{}'), coalesce(progress.any_work, false), live.has_live_link
        FROM claimed c CROSS JOIN live
        LEFT JOIN organizations o ON o.id = c.organization_id
        LEFT JOIN assignments a ON a.organization_id = c.organization_id AND a.id = c.assignment_id
        LEFT JOIN candidates ca ON ca.organization_id = a.organization_id AND ca.id = a.candidate_id
        LEFT JOIN members m ON m.organization_id = a.organization_id AND m.id = a.coach_member_id
        LEFT JOIN users u ON u.id = m.user_id
        LEFT JOIN LATERAL (
          SELECT array_agg(p.item_key) FILTER (WHERE p.done_at IS NOT NULL) AS done_item_keys,
                 bool_or(p.done_at IS NOT NULL OR p.chosen OR coalesce(p.notes, '') ~ '\S') AS any_work
            FROM item_progress p
           WHERE p.organization_id = c.organization_id AND p.assignment_id = c.assignment_id
        ) progress ON true;
  END
  $$;
REVOKE ALL ON FUNCTION reminder_claim_for_send(uuid, uuid, int, interval, uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reminder_claim_for_send(uuid, uuid, int, interval, uuid, text) TO prep_app;
