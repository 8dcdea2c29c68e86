import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../roles';

/**
 * The worker's sending path as two statements instead of three transactions: one claims a due
 * reminder, mints the private link of its email and reads everything the send-time checks and the
 * message need; the other records SENT together with the message as sent.
 *
 * Both are SECURITY INVOKER: they run as the app role, under row-level security like any other
 * statement of it. Each takes the organization explicitly and makes it the transaction's tenant
 * with set_config(..., true), exactly as a tenant transaction does, before touching a row.
 */
export class ReminderSendStatements1764500000000 implements MigrationInterface {
  name = 'ReminderSendStatements1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION reminder_claim_for_send(
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
          done_item_keys text[], candidate_started boolean
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
            -- Only a claimed candidate reminder gets a link; its token exists nowhere but in the caller.
            minted AS (
              INSERT INTO assignment_links (organization_id, id, assignment_id, token_hash, purpose, reminder_id)
              SELECT c.organization_id, p_link_id, c.assignment_id, p_link_token_hash, 'EMAIL', c.id
                FROM claimed c WHERE c.recipient = 'candidate' AND p_link_token_hash IS NOT NULL
            )
            -- Outer joins: a missing row shows as NULLs and the caller fails the attempt, instead
            -- of the claim vanishing with the row held until its lease runs out.
            SELECT c.organization_id, c.id, c.assignment_id, c.plan_version, c.kind, c.recipient,
                   c.item_keys, c.condition, c.due_at, c.attempts, c.version,
                   o.name, o.email_sender_name,
                   a.status, a.schedule_version, a.follow_up_sent_at IS NOT NULL, a.company, a.role,
                   a.starts_at, a.time_zone, a.format, a.location, a.interviewers,
                   outline.sections,
                   ca.id, ca.name, ca.email, ca.time_zone, ca.unsubscribed_at IS NOT NULL,
                   u.name, u.email,
                   coalesce(progress.done_item_keys, '{}'), coalesce(progress.any_work, false)
              FROM claimed c
              LEFT JOIN organizations o ON o.id = c.organization_id
              LEFT JOIN assignments a ON a.organization_id = c.organization_id AND a.id = c.assignment_id
              LEFT JOIN candidates ca ON ca.organization_id = a.organization_id AND ca.id = a.candidate_id
              LEFT JOIN members m ON m.organization_id = a.organization_id AND m.id = a.coach_member_id
              LEFT JOIN users u ON u.id = m.user_id
              -- What an email lists from the plan: section and item keys and titles, in plan order.
              LEFT JOIN LATERAL (
                SELECT jsonb_build_object('sections', coalesce(jsonb_agg(jsonb_build_object(
                         'key', s.section->>'key', 'title', s.section->>'title',
                         'items', (SELECT coalesce(jsonb_agg(jsonb_build_object('key', i.item->>'key', 'title', i.item->>'title') ORDER BY i.position), '[]')
                                     FROM jsonb_array_elements(s.section->'items') WITH ORDINALITY AS i(item, position))
                       ) ORDER BY s.position), '[]')) AS sections
                  FROM jsonb_array_elements(a.plan->'sections') WITH ORDINALITY AS s(section, position)
              ) outline ON true
              LEFT JOIN LATERAL (
                SELECT array_agg(p.item_key) FILTER (WHERE p.done_at IS NOT NULL) AS done_item_keys,
                       bool_or(p.done_at IS NOT NULL OR p.chosen OR coalesce(p.notes, '') ~ '\\S') AS any_work
                  FROM item_progress p
                 WHERE p.organization_id = c.organization_id AND p.assignment_id = c.assignment_id
              ) progress ON true;
        END
        $$;

      CREATE FUNCTION reminder_record_sent(
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

      REVOKE ALL ON FUNCTION reminder_claim_for_send(uuid, uuid, int, interval, uuid, text) FROM PUBLIC;
      REVOKE ALL ON FUNCTION reminder_record_sent(uuid, uuid, int, text, text, uuid, text, text, text, text, jsonb) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION reminder_claim_for_send(uuid, uuid, int, interval, uuid, text) TO ${APP_ROLE};
      GRANT EXECUTE ON FUNCTION reminder_record_sent(uuid, uuid, int, text, text, uuid, text, text, text, text, jsonb) TO ${APP_ROLE};
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP FUNCTION reminder_record_sent(uuid, uuid, int, text, text, uuid, text, text, text, text, jsonb);
      DROP FUNCTION reminder_claim_for_send(uuid, uuid, int, interval, uuid, text);
    `);
  }
}
