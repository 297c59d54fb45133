-- Deploy workshop_db:functions/current_worker_id to pg
-- requires: tables/workers
-- requires: auth_shim
BEGIN;

-- The acting worker of audited changes. A signed-in user (auth.uid() set) is only ever
-- themselves: the worker row of their auth user if it is active, else nobody. The
-- session setting workshop.worker_id is honoured only without a signed-in user, so a
-- customer cannot claim to be a worker; it is how services and DBAs say who acts.
-- PL/pgSQL, not SQL: the query's plan is kept for the session instead of being made
-- again in every statement.
CREATE OR REPLACE FUNCTION workshop_private.current_worker_id() RETURNS uuid
  LANGUAGE plpgsql STABLE
  SECURITY DEFINER  -- reads workers whatever the caller's row level security allows
  SET search_path = ''
AS $$
DECLARE
  v_uid uuid := auth.uid();
  v_id  uuid;
BEGIN
  IF v_uid IS NULL THEN
    RETURN NULLIF(pg_catalog.current_setting('workshop.worker_id', true), '')::uuid;
  END IF;
  SELECT w.id INTO v_id
    FROM workshop.workers w
   WHERE w.auth_user_id = v_uid
     AND w.is_active;
  RETURN v_id;
END
$$;
COMMENT ON FUNCTION workshop_private.current_worker_id() IS
  'The acting worker: the active worker whose auth_user_id is auth.uid(); without a signed-in user, the setting workshop.worker_id.';
REVOKE ALL ON FUNCTION workshop_private.current_worker_id() FROM PUBLIC;

COMMIT;
