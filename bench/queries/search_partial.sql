-- Customer search by a partial name (four letters from inside a last name), 20 rows.
\set k random(1, :last_name_count)
SELECT c.id, c.name, c.email
  FROM workshop.customers c
 WHERE c.name ILIKE '%' || (:name_parts::text[])[:k] || '%'
 LIMIT 20;
