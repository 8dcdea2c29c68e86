-- What an email lists from a plan: section and item keys and titles, in plan order (the generated
-- column assignments.plan_outline).
CREATE OR REPLACE FUNCTION plan_outline(plan jsonb) RETURNS jsonb
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN (
    SELECT jsonb_build_object('sections', coalesce(jsonb_agg(jsonb_build_object(
             'key', s.section->>'key', 'title', s.section->>'title',
             'items', (SELECT coalesce(jsonb_agg(jsonb_build_object('key', i.item->>'key', 'title', i.item->>'title') ORDER BY i.position), '[]')
                         FROM jsonb_array_elements(s.section->'items') WITH ORDINALITY AS i(item, position))
           ) ORDER BY s.position), '[]'))
      FROM jsonb_array_elements(plan->'sections') WITH ORDINALITY AS s(section, position)
  );
