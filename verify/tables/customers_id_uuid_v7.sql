-- Verify workshop_db:tables/customers_id_uuid_v7 on pg
BEGIN;
DO $$
BEGIN
  ASSERT (SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid)
            FROM pg_catalog.pg_attrdef d
            JOIN pg_catalog.pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
           WHERE d.adrelid = 'workshop.customers'::regclass AND a.attname = 'id')
         = 'workshop_private.uuid_v7()', 'workshop.customers.id does not default to uuid_v7()';
END
$$;
ROLLBACK;
