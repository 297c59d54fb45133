-- Deploy workshop_db:functions/require_staff_role to pg
-- requires: functions/current_worker_role
BEGIN;

-- The gate of the reporting and monitoring objects. It decides from the caller, not
-- from the definer: a signed-in user (auth.uid() set) passes only as an active worker
-- with one of the given roles; without a signed-in user the API roles anon and
-- authenticated never pass, while service_role, superusers and members of the role
-- owning schema workshop (DBAs, the Python helper) do. Inside SECURITY DEFINER the
-- caller's role is the setting `role` (SET ROLE, as PostgREST does), else session_user.
-- SECURITY DEFINER because it reads the roles catalog and the workers (through
-- current_worker_role) whatever the caller may read. Raises 42501 instead of returning false so that a view gated by it fails
-- loudly rather than looking empty.
CREATE FUNCTION workshop_private.require_staff_role(p_roles workshop.worker_role[])
RETURNS boolean
  LANGUAGE plpgsql STABLE
  SECURITY DEFINER
  SET search_path = ''
AS $$
DECLARE
  v_uid    uuid := auth.uid();
  v_caller name := CASE pg_catalog.current_setting('role')
                     WHEN 'none' THEN session_user
                     ELSE pg_catalog.current_setting('role')::name
                   END;
  v_role   workshop.worker_role;
BEGIN
  IF v_uid IS NOT NULL THEN
    v_role := workshop_private.current_worker_role();
    IF v_role = ANY (p_roles) THEN
      RETURN true;
    END IF;
  ELSIF v_caller NOT IN ('anon', 'authenticated')
        AND (v_caller = 'service_role'
             OR (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.rolname = v_caller)
             OR pg_catalog.pg_has_role(v_caller,
                  (SELECT n.nspowner FROM pg_catalog.pg_namespace n WHERE n.nspname = 'workshop'),
                  'MEMBER')) THEN
    RETURN true;
  END IF;
  RAISE EXCEPTION USING
    ERRCODE = '42501',
    MESSAGE = pg_catalog.format('this report is for staff with role %s; the caller is %s',
                pg_catalog.array_to_string(p_roles, ' or '),
                COALESCE('worker with role ' || v_role::text,
                         CASE WHEN v_uid IS NOT NULL THEN 'user ' || v_uid::text || ', not an active worker'
                              ELSE 'role ' || v_caller::text END)),
    HINT    = 'Sign in as an active worker with one of those roles, or use service_role.';
END
$$;
COMMENT ON FUNCTION workshop_private.require_staff_role(workshop.worker_role[]) IS
  'True when the caller is an active worker with one of the roles, service_role or a DBA; otherwise raises 42501. Gate of reports and monitoring.';
REVOKE ALL ON FUNCTION workshop_private.require_staff_role(workshop.worker_role[]) FROM PUBLIC;
-- Not anon: anon can never pass, and no SECURITY DEFINER function is executable by anon.
GRANT EXECUTE ON FUNCTION workshop_private.require_staff_role(workshop.worker_role[]) TO authenticated, service_role;

COMMIT;
