-- The seed twin of search_fulltext: the seed has no search function, so the query the
-- seed's index was made for (its exact expression), 20 rows.
\set k random(1, :last_name_count)
SELECT c.id, c.name, c.email
  FROM workshop.customers c
 WHERE to_tsvector('english', c.name || ' ' || COALESCE(c.email, ''))
       @@ plainto_tsquery('english', (:last_names::text[])[:k])
 LIMIT 20;
