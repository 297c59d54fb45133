-- Deploy workshop_db:functions/uuid_v7 to pg
-- requires: schemas
BEGIN;

-- A time-ordered UUID, version 7 of RFC 9562: the Unix time in milliseconds (48 bits),
-- the version, 74 random bits of gen_random_uuid() and its variant. Keys made this way
-- follow one another, so a new row's entry lands beside the last one in every B-tree
-- over the key (the primary key, the history's and the foreign keys' indexes) instead
-- of on a random leaf page, and a foreign-key check reads a page just written. With
-- random keys each new order dirtied and, after a checkpoint, logged a full page of
-- orders_pkey and of idx_order_status_history_order_id (issue 7). PostgreSQL 18 has
-- uuidv7() built in; this is for 15.
--
-- No SET search_path, unlike every other function here: a SET clause stops the planner
-- from inlining the function, and an INSERT of 10,000 orders then spent about 40 ms more
-- calling it (against about 55 ms saved). The body is SQL-standard (RETURN): its names are
-- bound when the function is created, so no caller's search_path can redirect them
-- (test/pgtap/lint/functions.sql exempts such bodies).
CREATE FUNCTION workshop_private.uuid_v7() RETURNS uuid
  LANGUAGE sql VOLATILE PARALLEL SAFE
RETURN pg_catalog.encode(
  pg_catalog.set_bit(pg_catalog.set_bit(
    pg_catalog.overlay(
      pg_catalog.uuid_send(pg_catalog.gen_random_uuid()),
      -- the low 6 bytes of the milliseconds since 1970 over the first 6 random ones
      pg_catalog.substring(pg_catalog.int8send(pg_catalog.floor(
        pg_catalog.date_part('epoch', pg_catalog.clock_timestamp()) * 1000)::bigint), 3),
      1, 6),
    52, 1), 53, 1),  -- version 4 (0100) becomes 7 (0111); the variant bits stay
  'hex')::uuid;
COMMENT ON FUNCTION workshop_private.uuid_v7() IS
  'A time-ordered UUID (RFC 9562 version 7): the default key of the tables that grow.';
REVOKE ALL ON FUNCTION workshop_private.uuid_v7() FROM PUBLIC;
-- A column default runs as the inserting role: the API roles that may insert rows.
GRANT EXECUTE ON FUNCTION workshop_private.uuid_v7() TO authenticated, service_role;

COMMIT;
