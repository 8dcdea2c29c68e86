-- An assignment's plan item keys, in plan order (the generated column assignments.plan_item_keys).
CREATE OR REPLACE FUNCTION plan_item_keys(plan jsonb) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN ARRAY(SELECT i.item->>'key' FROM jsonb_array_elements(plan->'sections') s(section), jsonb_array_elements(s.section->'items') i(item));
