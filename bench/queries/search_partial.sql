-- Customer search by a partial name: four letters from inside a last name, 20 rows,
-- through workshop.search_customers.
\set k random(1, :last_name_count)
SELECT * FROM workshop.search_customers((:name_parts::text[])[:k], 20);
