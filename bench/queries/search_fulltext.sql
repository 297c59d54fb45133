-- Customer search by full text: a last name, 20 rows. The expression is the one of the
-- seed's index idx_customers_search.
\set k random(1, :last_name_count)
SELECT c.id, c.name, c.email
  FROM workshop.customers c
 WHERE to_tsvector('english', c.name || ' ' || COALESCE(c.email, ''))
       @@ plainto_tsquery('english', (:last_names::text[])[:k])
 LIMIT 20;
