-- Verify workshop_db:tables/uuid_v7_keys on pg
BEGIN;
DO $$
DECLARE
  v_table text;
BEGIN
  FOREACH v_table IN ARRAY ARRAY['orders', 'customers', 'batches'] LOOP
    ASSERT (SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid)
              FROM pg_catalog.pg_attrdef d
              JOIN pg_catalog.pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
             WHERE d.adrelid = ('workshop.' || v_table)::regclass AND a.attname = 'id')
           = 'workshop_private.uuid_v7()', pg_catalog.format('workshop.%s.id does not default to uuid_v7()', v_table);
  END LOOP;
END
$$;
ROLLBACK;
