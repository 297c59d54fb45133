-- Deploy workshop_db:functions/current_worker_role to pg
-- requires: tables/workers
-- requires: auth_shim
BEGIN;

-- What the signed-in user may do as staff. Only auth.uid() counts (never the setting
-- workshop.worker_id, which any session can set): the role of the active worker whose
-- auth_user_id is auth.uid(), else NULL (customers, strangers, former staff).
-- PL/pgSQL, not SQL: every policy calls it once per statement, and a non-inlinable SQL
-- function (SECURITY DEFINER, SET) parses and plans its query again in each statement
-- (about 0.25 ms); PL/pgSQL keeps the plan for the session (about 0.06 ms a call).
CREATE OR REPLACE FUNCTION workshop_private.current_worker_role() RETURNS workshop.worker_role
  LANGUAGE plpgsql STABLE
  SECURITY DEFINER  -- row level security on workers would otherwise recurse into itself
  SET search_path = ''
AS $$
DECLARE
  v_role workshop.worker_role;
BEGIN
  SELECT w.role INTO v_role
    FROM workshop.workers w
   WHERE w.auth_user_id = auth.uid()
     AND w.is_active;
  RETURN v_role;
END
$$;
COMMENT ON FUNCTION workshop_private.current_worker_role() IS
  'Role of the active worker whose auth_user_id is auth.uid(); NULL for anyone else. Policies call it as (select workshop_private.current_worker_role()).';
REVOKE ALL ON FUNCTION workshop_private.current_worker_role() FROM PUBLIC;

COMMIT;
