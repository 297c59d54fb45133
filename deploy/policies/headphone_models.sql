-- Deploy workshop_db:policies/headphone_models to pg
-- requires: policies/headphone_models@v1.0.0
-- requires: functions/current_customer_model_ids
-- Reworked: customers see the models of their orders through
-- workshop_private.current_customer_model_ids(), one call per statement, instead of an
-- EXISTS over orders that every statement reading models planned with the policies of
-- orders inside it. The released change (@v1.0.0) always runs first, on a fresh
-- database too, so only that policy's condition changes; its name, comment, the other
-- policies and the grants stay as released.
BEGIN;

ALTER POLICY headphone_models_select_customer ON workshop.headphone_models
  USING (is_active OR id = ANY ((SELECT workshop_private.current_customer_model_ids())::uuid[]));

COMMIT;
