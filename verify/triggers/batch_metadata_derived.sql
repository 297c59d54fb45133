-- Verify workshop_db:triggers/batch_metadata_derived on pg
BEGIN;
SELECT 1/(count(*) = 4)::int FROM pg_catalog.pg_trigger
 WHERE tgenabled = 'O' AND (tgrelid, tgname, tgfoid) IN (
   ('workshop.batch_metadata'::regclass, 'batch_metadata_derive', 'workshop_private.batch_metadata_derive()'::regprocedure),
   ('workshop.batches'::regclass, 'batches_metadata_create', 'workshop_private.batch_metadata_create()'::regprocedure),
   ('workshop.orders'::regclass, 'orders_metadata', 'workshop_private.batch_metadata_touch_model()'::regprocedure),
   ('workshop.model_production_stages'::regclass, 'model_production_stages_metadata', 'workshop_private.batch_metadata_touch_model()'::regprocedure));
-- The source tables' triggers: per statement, one per event.
SELECT 1/(count(*) = 9)::int FROM pg_catalog.pg_trigger
 WHERE tgenabled = 'O' AND tgtype::int & 1 = 0 AND (tgrelid, tgname, tgfoid) IN (
   ('workshop.batch_orders'::regclass, 'batch_orders_metadata', 'workshop_private.batch_metadata_touch_inserted()'::regprocedure),
   ('workshop.batch_orders'::regclass, 'batch_orders_metadata_update', 'workshop_private.batch_orders_metadata_updated()'::regprocedure),
   ('workshop.batch_orders'::regclass, 'batch_orders_metadata_delete', 'workshop_private.batch_metadata_touch_deleted()'::regprocedure),
   ('workshop.work_logs'::regclass, 'work_logs_metadata', 'workshop_private.batch_metadata_touch_inserted()'::regprocedure),
   ('workshop.work_logs'::regclass, 'work_logs_metadata_update', 'workshop_private.work_logs_metadata_updated()'::regprocedure),
   ('workshop.work_logs'::regclass, 'work_logs_metadata_delete', 'workshop_private.batch_metadata_touch_deleted()'::regprocedure),
   ('workshop.quality_checks'::regclass, 'quality_checks_metadata', 'workshop_private.batch_metadata_touch_inserted()'::regprocedure),
   ('workshop.quality_checks'::regclass, 'quality_checks_metadata_update', 'workshop_private.quality_checks_metadata_updated()'::regprocedure),
   ('workshop.quality_checks'::regclass, 'quality_checks_metadata_delete', 'workshop_private.batch_metadata_touch_deleted()'::regprocedure));
ROLLBACK;
