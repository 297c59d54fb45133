-- Deploy workshop_db:functions/current_worker_role to pg
-- requires: tables/workers
-- requires: auth_shim
BEGIN;

-- What the signed-in user may do as staff. Only auth.uid() counts (never the setting
-- workshop.worker_id, which any session can set): the role of the active worker whose
-- auth_user_id is auth.uid(), else NULL (customers, strangers, former staff).
CREATE FUNCTION workshop_private.current_worker_role() RETURNS workshop.worker_role
  LANGUAGE sql STABLE
  SECURITY DEFINER  -- row level security on workers would otherwise recurse into itself
  SET search_path = ''
AS $$
  SELECT w.role
    FROM workshop.workers w
   WHERE w.auth_user_id = auth.uid()
     AND w.is_active
$$;
COMMENT ON FUNCTION workshop_private.current_worker_role() IS
  'Role of the active worker whose auth_user_id is auth.uid(); NULL for anyone else. Policies call it as (select workshop_private.current_worker_role()).';
REVOKE ALL ON FUNCTION workshop_private.current_worker_role() FROM PUBLIC;

COMMIT;
