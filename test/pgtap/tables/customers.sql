-- Table workshop.customers: structure, constraints, the full-text index, updated_at trigger.
BEGIN;
SELECT plan(44);

SELECT has_table('workshop', 'customers', 'table customers exists');
SELECT columns_are('workshop', 'customers', ARRAY[
  'id', 'shopify_customer_id', 'auth_user_id', 'name', 'email', 'phone', 'shipping_address',
  'billing_address', 'created_at', 'updated_at']);
SELECT col_type_is('workshop', 'customers', c, t, format('customers.%s is %s', c, t))
  FROM (VALUES ('id', 'uuid'), ('shopify_customer_id', 'text'), ('auth_user_id', 'uuid'), ('name', 'text'),
               ('email', 'text'), ('phone', 'text'), ('shipping_address', 'jsonb'), ('billing_address', 'jsonb'),
               ('created_at', 'timestamp with time zone'), ('updated_at', 'timestamp with time zone')) v(c, t);
SELECT col_not_null('workshop', 'customers', c, format('customers.%s is NOT NULL', c))
  FROM unnest(ARRAY['id', 'name', 'email', 'created_at', 'updated_at']) c;
SELECT col_is_null('workshop', 'customers', c, format('customers.%s is nullable', c))
  FROM unnest(ARRAY['shopify_customer_id', 'auth_user_id', 'phone', 'shipping_address', 'billing_address']) c;
SELECT has_pk('workshop', 'customers', 'customers has a primary key');
SELECT col_is_pk('workshop', 'customers', 'id', 'customers.id is the primary key');
SELECT is_empty($$SELECT conname FROM pg_catalog.pg_constraint
                   WHERE conrelid = 'workshop.customers'::regclass AND contype = 'f'$$,
                'customers has no foreign key');
SELECT indexes_are('workshop', 'customers', ARRAY[
  'customers_pkey', 'customers_shopify_customer_id_key', 'customers_auth_user_id_key', 'idx_customers_search',
  'idx_customers_name_email_trgm']);
SELECT index_is_type('workshop', 'customers', 'idx_customers_search', 'gin');
SELECT is(pg_catalog.pg_get_indexdef('workshop.idx_customers_search'::regclass),
          'CREATE INDEX idx_customers_search ON workshop.customers USING gin (to_tsvector(''english''::regconfig, ((name || '' ''::text) || COALESCE(email, ''''::text))))',
          'idx_customers_search indexes the full-text vector of name and email');
SELECT is(ARRAY(SELECT conname::text FROM pg_catalog.pg_constraint
                  WHERE conrelid = 'workshop.customers'::regclass AND contype = 'c' ORDER BY conname),
          ARRAY['customers_billing_address_is_object', 'customers_email_plausible',
                'customers_name_not_blank', 'customers_shipping_address_is_object'],
          'customers has exactly the check constraints tested here');

-- A valid customer (the passing case of every check).
SELECT lives_ok($$INSERT INTO workshop.customers (id, name, email, shipping_address, billing_address, shopify_customer_id, auth_user_id)
                  VALUES ('00000000-0000-4000-8000-0000000000c1', 'Mara Quill', 'mara.quill@example.com',
                          '{"city": "Lyon"}', '{"city": "Lyon"}', 'shop-c-1', '00000000-0000-4000-8000-00000000c0c1')$$,
                'a customer with a name, a plausible email and object addresses is accepted');
SELECT lives_ok($$INSERT INTO workshop.customers (name, email) VALUES ('Hand Entered', 'hand@example.com'),
                                                                   ('Hand Entered Too', 'hand@example.com')$$,
                'customers without Shopify id or login are accepted (and emails need not be unique)');

SELECT test_helpers.throws_rule(format($$INSERT INTO workshop.customers (name, email, shipping_address, billing_address)
                                         VALUES (%L, %L, %L, %L)$$, n, e, s, b),
  '23514', rule, descr)
  FROM (VALUES
    ('   ', 'x@example.com', NULL, NULL, 'customers_name_not_blank', 'a blank customer name is refused'),
    (E'\t\n ', 'x@example.com', NULL, NULL, 'customers_name_not_blank', 'a name of tabs and newlines is blank too'),
    ('No At', 'example.com', NULL, NULL, 'customers_email_plausible', 'an email without @ is refused'),
    ('Two At', 'a@b@example.com', NULL, NULL, 'customers_email_plausible', 'an email with two @ is refused'),
    ('No Dot', 'a@localhost', NULL, NULL, 'customers_email_plausible', 'an email without a dotted domain is refused'),
    ('Ship', 'x@example.com', '["Lyon"]', NULL, 'customers_shipping_address_is_object', 'a shipping address that is not a JSON object is refused'),
    ('Bill', 'x@example.com', NULL, '"Lyon"', 'customers_billing_address_is_object', 'a billing address that is not a JSON object is refused')
  ) v(n, e, s, b, rule, descr);
SELECT test_helpers.throws_rule($$INSERT INTO workshop.customers (name, email, shopify_customer_id) VALUES ('Dup', 'd@example.com', 'shop-c-1')$$,
  '23505', 'customers_shopify_customer_id_key', 'a Shopify customer is imported once');
SELECT test_helpers.throws_rule($$INSERT INTO workshop.customers (name, email, auth_user_id) VALUES ('Dup', 'd@example.com', '00000000-0000-4000-8000-00000000c0c1')$$,
  '23505', 'customers_auth_user_id_key', 'two customers cannot sign in as the same auth user');

-- The seed's search uses this exact expression; the planner must be able to use the index.
SET LOCAL enable_seqscan = off;
SELECT ok(test_helpers.plan_of($q$
            SELECT id FROM workshop.customers
             WHERE to_tsvector('english', name || ' ' || COALESCE(email, '')) @@ to_tsquery('english', 'quill')$q$,
            'COSTS OFF') LIKE '%Index Scan on idx_customers_search%',
          'a search with the exact expression can use idx_customers_search');
SELECT results_eq($$SELECT name FROM workshop.customers
                    WHERE to_tsvector('english', name || ' ' || COALESCE(email, '')) @@ to_tsquery('english', 'quill')$$,
                  $$VALUES ('Mara Quill')$$, 'the full-text search finds the customer by name');
RESET enable_seqscan;

-- updated_at trigger.
SELECT trigger_is('workshop', 'customers', 'customers_set_updated_at', 'workshop_private', 'set_updated_at',
                  'customers_set_updated_at calls workshop_private.set_updated_at()');
DO $$ BEGIN PERFORM pg_catalog.pg_sleep(0.001); END $$;
WITH u AS (UPDATE workshop.customers SET phone = '+33 4 00 00 00 00'
            WHERE id = '00000000-0000-4000-8000-0000000000c1'
        RETURNING created_at, updated_at, updated_at = pg_catalog.statement_timestamp() AS is_stmt_time)
SELECT ok(u.updated_at > u.created_at AND u.is_stmt_time, 'an UPDATE sets updated_at to the statement''s time')
  FROM u;

SELECT * FROM finish();
ROLLBACK;
