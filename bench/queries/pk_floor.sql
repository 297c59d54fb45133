-- Floor: a bare primary-key fetch of one order (the reference for point reads). The
-- columns are the staff-visible ones common to both schemas (internal_notes is readable
-- by staff only through workshop.order_internal_notes(), so no query here selects it).
\set n random(1, :orders)
SELECT o.id, o.order_number, o.shopify_order_id, o.customer_id, o.model_id, o.wood_type, o.customizations,
       o.notes, o.status, o.priority, o.due_date, o.created_at, o.updated_at
  FROM workshop.orders o WHERE o.id = md5('order' || :n)::uuid;
