-- Orders :first_order .. :last_order of the benchmark data set, inserted pending in one
-- statement (the database logs their first status and checks their rules). Included by
-- generate.sql (orders 1 .. scale) and import.sql (orders after the data set); needs
-- bench.params and bench.models (generate.sql) and psql's :literal and :keys (true: the
-- data set's key md5('order' || n), the same in both databases, which the key queries'
-- parameters name; false: no key sent, each database makes its own by its default, as
-- the Shopify import leaves it to them).
-- Mix: Atticus 35 %, Eikon 30 %, Verite 15 %, Auteur 12 %, Caldera 8 %; the wood is one the
-- model offers; priority low 8 %, standard 67 %, high 18 %, rush 7 %. Order n arrives at
-- its share of the five years (orders after the data set arrive today) and belongs to one
-- of the customers signed up by then.
INSERT INTO workshop.orders (
\if :keys
                             id,
\endif
                             order_number, shopify_order_id,
\if :literal
\else
                             shopify_line_item_id, line_unit,
\endif
                             customer_id, model_id, wood_type, customizations, notes,
                             internal_notes, priority, due_date, created_at, updated_at)
SELECT
\if :keys
       md5('order' || n)::uuid,
\endif
       'WS-' || n, 'SO' || n,
\if :literal
\else
       'SL' || n, 1,
\endif
       md5('customer' || (1 + abs(hashint4(n * 11 + 4)) %
                              least(p.n_customers, greatest(1, ceil(n::float8 * p.n_customers / p.n_orders)::int))))::uuid,
       m.id,
       m.wood_types[1 + abs(hashint4(n * 5 + 2)) % cardinality(m.wood_types)],
       CASE WHEN n % 10 = 0 THEN jsonb_build_object('engraving', 'For ' || n)
            WHEN n % 10 = 1 THEN jsonb_build_object('pads', 'lambskin', 'cable', 'balanced')
            ELSE '{}'::jsonb END,
       CASE WHEN n % 9 = 0 THEN 'Gift, please no invoice in the box.' END,
       CASE WHEN n % 13 = 0 THEN 'Repeat customer; check the grain match.' END,
       pr.priority,
       (created + CASE pr.priority WHEN 'rush' THEN interval '14 days'
                                   WHEN 'high' THEN interval '28 days'
                                   ELSE interval '42 days' END)::date,
       created, created
  FROM bench.params p
 CROSS JOIN LATERAL generate_series(:first_order, :last_order) n
 CROSS JOIN LATERAL (SELECT p.t_start + (p.t_end - p.t_start) * (least(n - 1, p.n_orders)::float8 / p.n_orders)
                            + (abs(hashint4(n)) % 600) * interval '1 second' AS created) t
 CROSS JOIN LATERAL (SELECT (CASE WHEN x < 8 THEN 'low' WHEN x < 75 THEN 'standard'
                                  WHEN x < 93 THEN 'high' ELSE 'rush' END)::workshop.batch_priority AS priority
                       FROM (SELECT abs(hashint4(n * 7 + 3)) % 100 AS x) r) pr
  JOIN bench.models m ON abs(hashint4(n * 3 + 1)) % 100 >= m.pct_from
                     AND abs(hashint4(n * 3 + 1)) % 100 < m.pct_to;
