-- Which of an hour's rows of a coach's figures this connection adds to. Every reminder sent in
-- one hour for one coach adds to that hour's counters, and a counter row is locked until its
-- transaction commits: with one row, concurrent sends waited on each other's commits. Each
-- connection adds to its own row of sixteen (reads sum them), so they rarely meet.
-- PL/pgSQL so it is not planned again in every statement (see organization_unavailable).
CREATE OR REPLACE FUNCTION rollup_shard() RETURNS smallint
  LANGUAGE plpgsql VOLATILE PARALLEL RESTRICTED SET search_path = public, pg_temp AS $$
  BEGIN
    RETURN (pg_backend_pid() % 16)::smallint;
  END
  $$;
