-- Deploy workshop_db:tables/customers to pg
-- requires: schemas
-- requires: functions/set_updated_at
BEGIN;

CREATE TABLE workshop.customers (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  shopify_customer_id text CONSTRAINT customers_shopify_customer_id_key UNIQUE,
  auth_user_id        uuid CONSTRAINT customers_auth_user_id_key UNIQUE,
  name                text NOT NULL CONSTRAINT customers_name_not_blank CHECK (name ~ '\S'),
  email               text NOT NULL CONSTRAINT customers_email_plausible
                        CHECK (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  phone               text,
  shipping_address    jsonb CONSTRAINT customers_shipping_address_is_object
                        CHECK (jsonb_typeof(shipping_address) = 'object'),
  billing_address     jsonb CONSTRAINT customers_billing_address_is_object
                        CHECK (jsonb_typeof(billing_address) = 'object'),
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now()
);

-- The seed's full-text index; searches must use this exact expression to use it.
CREATE INDEX idx_customers_search ON workshop.customers
  USING gin (to_tsvector('english'::regconfig, name || ' ' || COALESCE(email, '')));

CREATE TRIGGER customers_set_updated_at
  BEFORE UPDATE ON workshop.customers
  FOR EACH ROW EXECUTE FUNCTION workshop_private.set_updated_at();

COMMENT ON TABLE workshop.customers IS 'People who order headphones, mostly imported from Shopify.';
COMMENT ON COLUMN workshop.customers.id IS 'Surrogate key.';
COMMENT ON COLUMN workshop.customers.shopify_customer_id IS 'Shopify''s customer id: the import''s idempotency key; NULL for customers entered by hand.';
COMMENT ON COLUMN workshop.customers.auth_user_id IS 'The Supabase auth user (auth.uid()) of this customer, so they can sign in and see their orders.';
COMMENT ON COLUMN workshop.customers.name IS 'Full name.';
COMMENT ON COLUMN workshop.customers.email IS 'Contact email.';
COMMENT ON COLUMN workshop.customers.phone IS 'Contact phone, free text.';
COMMENT ON COLUMN workshop.customers.shipping_address IS 'Shipping address as a JSON object (Shopify''s shape).';
COMMENT ON COLUMN workshop.customers.billing_address IS 'Billing address as a JSON object (Shopify''s shape).';
COMMENT ON COLUMN workshop.customers.created_at IS 'When the row was created.';
COMMENT ON COLUMN workshop.customers.updated_at IS 'When the row was last updated (kept by trigger).';

COMMIT;
