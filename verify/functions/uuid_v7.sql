-- Verify workshop_db:functions/uuid_v7 on pg
BEGIN;
DO $$
DECLARE
  v_id uuid := workshop_private.uuid_v7();
BEGIN
  ASSERT pg_catalog.substr(v_id::text, 15, 1) = '7', 'uuid_v7() is not version 7';
  ASSERT pg_catalog.substr(v_id::text, 20, 1) IN ('8', '9', 'a', 'b'), 'uuid_v7() lost the variant';
END
$$;
ROLLBACK;
