-- Deploy workshop_db:tables/orders to pg
-- requires: tables/customers
-- requires: tables/headphone_models
-- requires: types/order_status
-- requires: types/batch_priority
-- requires: functions/set_updated_at
BEGIN;

CREATE TABLE workshop.orders (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  order_number         text NOT NULL CONSTRAINT orders_order_number_key UNIQUE
                         CONSTRAINT orders_order_number_not_blank CHECK (order_number ~ '\S'),
  shopify_order_id     text,
  shopify_line_item_id text,
  line_unit            integer CONSTRAINT orders_line_unit_positive CHECK (line_unit > 0),
  customer_id          uuid REFERENCES workshop.customers (id),
  model_id             uuid NOT NULL REFERENCES workshop.headphone_models (id),
  wood_type            workshop.wood_type NOT NULL,
  customizations       jsonb NOT NULL DEFAULT '{}'
                         CONSTRAINT orders_customizations_is_object CHECK (jsonb_typeof(customizations) = 'object'),
  notes                text,
  internal_notes       text,
  status               workshop.order_status NOT NULL DEFAULT 'pending',
  priority             workshop.batch_priority NOT NULL DEFAULT 'standard',
  due_date             date,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  -- One Shopify order holds several headphones (line items, quantities): each unit is
  -- one workshop order, and this triple is the import's idempotency key.
  CONSTRAINT orders_shopify_line_unit_key UNIQUE (shopify_order_id, shopify_line_item_id, line_unit),
  -- A key with a NULL part would never conflict: it is all or nothing.
  CONSTRAINT orders_shopify_key_complete CHECK (
    (shopify_order_id IS NULL) = (shopify_line_item_id IS NULL)
    AND (shopify_order_id IS NULL) = (line_unit IS NULL))
);

CREATE INDEX idx_orders_customer_id ON workshop.orders (customer_id);
CREATE INDEX idx_orders_model_id ON workshop.orders (model_id);
CREATE INDEX idx_orders_status_priority ON workshop.orders (status, priority);
CREATE INDEX idx_orders_created_at ON workshop.orders (created_at DESC);

CREATE TRIGGER orders_set_updated_at
  BEFORE UPDATE ON workshop.orders
  FOR EACH ROW EXECUTE FUNCTION workshop_private.set_updated_at();

COMMENT ON TABLE workshop.orders IS 'One headphone to build: a Shopify line-item unit, or an order entered by hand.';
COMMENT ON COLUMN workshop.orders.id IS 'Surrogate key.';
COMMENT ON COLUMN workshop.orders.order_number IS 'Human-facing order number, unique.';
COMMENT ON COLUMN workshop.orders.shopify_order_id IS 'Shopify order id; with shopify_line_item_id and line_unit the import''s idempotency key.';
COMMENT ON COLUMN workshop.orders.shopify_line_item_id IS 'Shopify line item id within the Shopify order.';
COMMENT ON COLUMN workshop.orders.line_unit IS 'Which unit (1..quantity) of the line item this order builds.';
COMMENT ON COLUMN workshop.orders.customer_id IS 'The customer; NULL for stock built without a customer.';
COMMENT ON COLUMN workshop.orders.model_id IS 'The headphone model to build.';
COMMENT ON COLUMN workshop.orders.wood_type IS 'The wood; must be one the model offers (rule order_wood_offered).';
COMMENT ON COLUMN workshop.orders.customizations IS 'Customer choices beyond model and wood, as a JSON object.';
COMMENT ON COLUMN workshop.orders.notes IS 'Notes the customer may see.';
COMMENT ON COLUMN workshop.orders.internal_notes IS 'Staff only: never shown to the customer or anon by any path.';
COMMENT ON COLUMN workshop.orders.status IS 'Life-cycle status; changes follow workshop.order_status_transitions and are logged.';
COMMENT ON COLUMN workshop.orders.priority IS 'How urgent the order is.';
COMMENT ON COLUMN workshop.orders.due_date IS 'Date promised to the customer.';
COMMENT ON COLUMN workshop.orders.created_at IS 'When the row was created.';
COMMENT ON COLUMN workshop.orders.updated_at IS 'When the row was last updated (kept by trigger).';

COMMIT;
