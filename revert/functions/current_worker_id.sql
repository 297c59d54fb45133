-- Revert workshop_db:functions/current_worker_id from pg
-- Back to the released SQL function (same signature, grants and comment).
BEGIN;

-- The acting worker of audited changes. A signed-in user (auth.uid() set) is only ever
-- themselves: the worker row of their auth user if it is active, else nobody. The
-- session setting workshop.worker_id is honoured only without a signed-in user, so a
-- customer cannot claim to be a worker; it is how services and DBAs say who acts.
CREATE OR REPLACE FUNCTION workshop_private.current_worker_id() RETURNS uuid
  LANGUAGE sql STABLE
  SECURITY DEFINER  -- reads workers whatever the caller's row level security allows
  SET search_path = ''
AS $$
  SELECT CASE
           WHEN auth.uid() IS NOT NULL THEN
             (SELECT w.id FROM workshop.workers w WHERE w.auth_user_id = auth.uid() AND w.is_active)
           ELSE NULLIF(pg_catalog.current_setting('workshop.worker_id', true), '')::uuid
         END
$$;
COMMENT ON FUNCTION workshop_private.current_worker_id() IS
  'The acting worker: the active worker whose auth_user_id is auth.uid(); without a signed-in user, the setting workshop.worker_id.';
REVOKE ALL ON FUNCTION workshop_private.current_worker_id() FROM PUBLIC;

COMMIT;
