-- Deploy workshop_db:tables/workers to pg
-- requires: types/worker_role
-- requires: functions/set_updated_at
BEGIN;

CREATE TABLE workshop.workers (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  auth_user_id uuid CONSTRAINT workers_auth_user_id_key UNIQUE,
  name         text NOT NULL CONSTRAINT workers_name_not_blank CHECK (name ~ '\S'),
  email        text NOT NULL CONSTRAINT workers_email_plausible
                 CHECK (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  role         workshop.worker_role NOT NULL DEFAULT 'worker',
  is_active    boolean NOT NULL DEFAULT true,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
-- Case-insensitive uniqueness without the citext extension.
CREATE UNIQUE INDEX workers_email_key ON workshop.workers (lower(email));

CREATE TRIGGER workers_set_updated_at
  BEFORE UPDATE ON workshop.workers
  FOR EACH ROW EXECUTE FUNCTION workshop_private.set_updated_at();

COMMENT ON TABLE workshop.workers IS 'Staff of the workshop; the acting worker of every audited change.';
COMMENT ON COLUMN workshop.workers.id IS 'Surrogate key.';
COMMENT ON COLUMN workshop.workers.auth_user_id IS 'The Supabase auth user (auth.uid()) this worker signs in as; NULL for staff without a login.';
COMMENT ON COLUMN workshop.workers.name IS 'Display name.';
COMMENT ON COLUMN workshop.workers.email IS 'Work email, unique ignoring case.';
COMMENT ON COLUMN workshop.workers.role IS 'worker, manager or admin: what this person may do.';
COMMENT ON COLUMN workshop.workers.is_active IS 'False for former staff: they keep their history but lose their rights.';
COMMENT ON COLUMN workshop.workers.created_at IS 'When the row was created.';
COMMENT ON COLUMN workshop.workers.updated_at IS 'When the row was last updated (kept by trigger).';

COMMIT;
