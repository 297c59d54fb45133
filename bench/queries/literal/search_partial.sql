-- The seed twin of search_partial: the seed has no partial search, so an ILIKE.
\set k random(1, :last_name_count)
SELECT c.id, c.name, c.email
  FROM workshop.customers c
 WHERE c.name ILIKE '%' || (:name_parts::text[])[:k] || '%'
 LIMIT 20;
