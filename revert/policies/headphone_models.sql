-- Revert workshop_db:policies/headphone_models from pg
-- Back to the released customer policy: an EXISTS over the customer's orders. The other
-- policies, the grants and row level security are the same in both versions.
BEGIN;

ALTER POLICY headphone_models_select_customer ON workshop.headphone_models
  USING (is_active
      OR EXISTS (SELECT 1 FROM workshop.orders o
                  WHERE o.model_id = headphone_models.id
                    AND o.customer_id = (SELECT workshop_private.current_customer_id())));

COMMIT;
