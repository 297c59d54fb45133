-- Customer search by full text: a last name, 20 rows, through workshop.search_customers
-- (full-text matches first, then trigram matches).
\set k random(1, :last_name_count)
SELECT * FROM workshop.search_customers((:last_names::text[])[:k], 20);
