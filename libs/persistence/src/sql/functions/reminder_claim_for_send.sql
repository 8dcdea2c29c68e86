-- Claims a due reminder (conditional on its version, pending, lease), mints its email's private
-- link (hash only, and only while the assignment has a live link: a revoked one stays revoked) and
-- returns everything the send-time checks and the message need. SECURITY INVOKER: it makes the
-- organization the transaction's tenant, then runs under RLS.
--
-- Automatic messages to one recipient (the candidate, or the coach) are p_spacing (30 minutes)
-- apart, checked here under a transaction lock per organization and recipient, so two workers
-- decide one after the other. A scheduled reminder within p_spacing of a message sent (or being
-- sent) to that recipient is not claimed: it comes back with recipient_last_sent_at set and the
-- worker re-times or skips it. A claimed reminder carries the reminders of its assignment due
-- within the next p_spacing: they end SKIPPED as merged-into:<its id>, their items in its
-- item_keys. The lock is only tried: a claim that finds it taken returns recipient_busy and the
-- worker claims again, so two batches never wait on each other's locks in opposite orders. A
-- p_spacing of zero checks nothing.
--
-- Every statement here is a lookup by the organization and a key, whose plan does not depend on
-- the values: generic plans, planned once per connection (left to choose, Postgres kept planning
-- them for each claim). It returns at most one row (ROWS 1), item_comments_for_send a few: at the
-- default estimate of 1,000 rows each, a batch of claims looked costly enough for Postgres to
-- compile it with LLVM on every execution (milliseconds, more than the claims cost).
CREATE OR REPLACE FUNCTION reminder_claim_for_send(
  p_organization_id uuid, p_reminder_id uuid, p_version int, p_lease interval,
  p_link_id uuid, p_link_token_hash text, p_spacing interval
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
    done_item_keys text[], candidate_started boolean, has_live_link boolean,
    recipient_last_sent_at timestamptz, recipient_busy boolean
  )
  LANGUAGE plpgsql VOLATILE ROWS 1 SET search_path = public, pg_temp SET plan_cache_mode = force_generic_plan AS $$
  #variable_conflict use_column
  DECLARE
    -- Coach-triggered messages go when asked; they still count as messages sent.
    v_immediate CONSTANT text[] := ARRAY['assignment', 'assignment-resend', 'interview-moved', 'interview-cancelled'];
    v_row reminders%ROWTYPE;
    v_person uuid;
    v_assignments uuid[];
    v_last_sent timestamptz;
  BEGIN
    PERFORM set_config('app.organization_id', p_organization_id::text, true), set_config('app.user_id', '', true);
    SELECT r.* INTO v_row FROM reminders r
     WHERE r.organization_id = p_organization_id AND r.id = p_reminder_id AND r.version = p_version
       AND r.status IN ('SCHEDULED', 'QUEUED') AND (r.claimed_until IS NULL OR r.claimed_until < now());
    IF NOT FOUND THEN RETURN; END IF;
    IF p_spacing > interval '0' THEN
      SELECT CASE WHEN v_row.recipient = 'coach' THEN a.coach_member_id ELSE a.candidate_id END INTO v_person
        FROM assignments a WHERE a.organization_id = p_organization_id AND a.id = v_row.assignment_id;
      IF NOT pg_try_advisory_xact_lock(
        hashtextextended('reminder-recipient/' || p_organization_id || '/' || v_row.recipient || '/' || coalesce(v_person::text, ''), 0)
      ) THEN
        RETURN QUERY SELECT v_row.organization_id, v_row.id, v_row.assignment_id, v_row.plan_version, v_row.kind,
          v_row.recipient, v_row.item_keys, v_row.condition, v_row.due_at, v_row.attempts, v_row.version,
          NULL::text, NULL::text, NULL::text, NULL::int, NULL::boolean, NULL::text, NULL::text, NULL::timestamptz,
          NULL::text, NULL::text, NULL::text, NULL::text[], NULL::jsonb, NULL::uuid, NULL::text, NULL::text, NULL::text,
          NULL::boolean, NULL::text, NULL::text, '{}'::text[], false, false, NULL::timestamptz, true;
        RETURN;
      END IF;
      -- The latest message to this recipient sent, or in flight (a live claim), within the spacing:
      -- across the candidate's (or the coach's) assignments, each an indexed lookup.
      IF NOT v_row.kind = ANY (v_immediate) THEN
        IF v_row.recipient = 'coach' THEN
          v_assignments := ARRAY(SELECT a.id FROM assignments a
                                  WHERE a.organization_id = p_organization_id AND a.coach_member_id = v_person);
        ELSE
          v_assignments := ARRAY(SELECT a.id FROM assignments a
                                  WHERE a.organization_id = p_organization_id AND a.candidate_id = v_person);
        END IF;
        SELECT max(CASE WHEN o.status = 'SENT' THEN o.sent_at ELSE now() END) INTO v_last_sent
          FROM reminders o
         WHERE o.organization_id = p_organization_id AND o.assignment_id = ANY (v_assignments)
           AND o.recipient = v_row.recipient AND o.id <> v_row.id
           AND ((o.status = 'SENT' AND o.sent_at > now() - p_spacing)
                OR (o.status = 'QUEUED' AND o.claimed_until > now()));
        -- A coach's sendReminderNow (the API's reason for that move) goes when asked, like the
        -- coach's other messages. Read only for a reminder that would otherwise wait.
        IF v_last_sent IS NOT NULL AND (
          SELECT ch.reason FROM reminder_changes ch
           WHERE ch.organization_id = p_organization_id AND ch.reminder_id = v_row.id
             AND ch.to_due_at IS DISTINCT FROM ch.from_due_at
           ORDER BY ch.changed_at DESC LIMIT 1
        ) = 'sent now by a coach' THEN
          v_last_sent := NULL;
        END IF;
      END IF;
    END IF;
    IF v_last_sent IS NULL THEN
      UPDATE reminders r
         SET version = r.version + 1, attempts = r.attempts + 1, claimed_until = now() + p_lease,
             status = 'QUEUED', updated_at = now()
       WHERE r.organization_id = p_organization_id AND r.id = p_reminder_id AND r.version = p_version
         AND r.status IN ('SCHEDULED', 'QUEUED') AND (r.claimed_until IS NULL OR r.claimed_until < now())
      RETURNING r.* INTO v_row;
      IF NOT FOUND THEN RETURN; END IF;
      -- Look ahead: what its assignment has for this recipient within the spacing rides in this
      -- message (the planner's merge, for rows re-timed since). Rows another transaction is
      -- changing are left to their own claim, which spaces them after this one.
      IF p_spacing > interval '0' AND v_row.kind NOT IN ('assignment-resend', 'interview-cancelled') THEN
        WITH due_soon AS (
          SELECT o.id FROM reminders o
           WHERE o.organization_id = p_organization_id AND o.assignment_id = v_row.assignment_id
             AND o.due_at < now() + p_spacing AND o.id <> v_row.id AND o.recipient = v_row.recipient
             AND o.plan_version = v_row.plan_version AND o.status IN ('SCHEDULED', 'QUEUED')
             AND o.claimed_until IS NULL AND NOT o.kind = ANY (v_immediate)
           ORDER BY o.id
             FOR UPDATE SKIP LOCKED
        ),
        merged AS (
          UPDATE reminders o
             SET status = 'SKIPPED', reason = 'merged-into:' || v_row.id, version = o.version + 1, updated_at = now()
            FROM due_soon WHERE o.organization_id = p_organization_id AND o.id = due_soon.id
          RETURNING o.item_keys, o.condition, o.due_at
        ),
        absorbed AS (
          SELECT array_agg(k ORDER BY m.due_at, n) AS item_keys,
                 bool_and(m.condition IS NOT DISTINCT FROM v_row.condition) AS same_condition
            FROM merged m LEFT JOIN LATERAL unnest(m.item_keys) WITH ORDINALITY AS u(k, n) ON true
        )
        -- The carrier keeps its send-time condition only when everything it absorbed had the same one.
        UPDATE reminders r
           SET item_keys = ARRAY(
                 SELECT k FROM unnest(r.item_keys || coalesce(absorbed.item_keys, '{}')) WITH ORDINALITY AS u(k, n)
                  WHERE k IS NOT NULL GROUP BY k ORDER BY min(n)),
               condition = CASE WHEN absorbed.same_condition THEN r.condition END
          FROM absorbed
         WHERE r.organization_id = p_organization_id AND r.id = v_row.id AND absorbed.same_condition IS NOT NULL;
      END IF;
    END IF;
    RETURN QUERY
      WITH claimed AS (
        SELECT r.* FROM reminders r
         WHERE r.organization_id = p_organization_id AND r.id = p_reminder_id AND r.version = v_row.version
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
           AND v_last_sent IS NULL
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
             coalesce(progress.done_item_keys, '{}'), coalesce(progress.any_work, false), live.has_live_link,
             v_last_sent, false
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
REVOKE ALL ON FUNCTION reminder_claim_for_send(uuid, uuid, int, interval, uuid, text, interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reminder_claim_for_send(uuid, uuid, int, interval, uuid, text, interval) TO prep_app;
