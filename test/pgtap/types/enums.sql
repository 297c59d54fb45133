-- The enums of DOMAIN.md, their labels in order.
BEGIN;
SELECT plan(9);

SELECT enum_has_labels('workshop', 'model_complexity', ARRAY['low', 'medium', 'high', 'very_high']);
SELECT enum_has_labels('workshop', 'wood_type', ARRAY['Sapele', 'Cherry', 'Walnut', 'Cocobolo', 'Ziricote']);
SELECT enum_has_labels('workshop', 'production_stage',
  ARRAY['Intake', 'Sanding', 'Finishing', 'Sub-Assembly', 'Final Assembly', 'Acoustic QC', 'Shipping']);
SELECT enum_has_labels('workshop', 'order_status',
  ARRAY['pending', 'in_production', 'on_hold', 'ready_to_ship', 'shipped', 'delivered', 'cancelled']);
SELECT enum_has_labels('workshop', 'batch_priority', ARRAY['low', 'standard', 'high', 'rush']);
SELECT enum_has_labels('workshop', 'quality_status', ARRAY['good', 'warning', 'critical']);
SELECT enum_has_labels('workshop', 'worker_role', ARRAY['worker', 'manager', 'admin']);
SELECT enum_has_labels('workshop', 'stage_move_kind', ARRAY['advance', 'rework']);

-- Exactly these enums, none in workshop_private.
SELECT enums_are('workshop', ARRAY['model_complexity', 'wood_type', 'production_stage', 'order_status',
                                   'batch_priority', 'quality_status', 'worker_role', 'stage_move_kind']);

SELECT * FROM finish();
ROLLBACK;
