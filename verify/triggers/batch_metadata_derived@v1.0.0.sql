-- Verify workshop_db:triggers/batch_metadata_derived on pg
BEGIN;
SELECT 1/(count(*) = 7)::int FROM pg_catalog.pg_trigger
 WHERE tgenabled = 'O' AND (tgrelid, tgname, tgfoid) IN (
   ('workshop.batch_metadata'::regclass, 'batch_metadata_derive', 'workshop_private.batch_metadata_derive()'::regprocedure),
   ('workshop.batches'::regclass, 'batches_metadata_create', 'workshop_private.batch_metadata_create()'::regprocedure),
   ('workshop.batch_orders'::regclass, 'batch_orders_metadata', 'workshop_private.batch_metadata_touch()'::regprocedure),
   ('workshop.work_logs'::regclass, 'work_logs_metadata', 'workshop_private.batch_metadata_touch()'::regprocedure),
   ('workshop.quality_checks'::regclass, 'quality_checks_metadata', 'workshop_private.batch_metadata_touch()'::regprocedure),
   ('workshop.orders'::regclass, 'orders_metadata', 'workshop_private.batch_metadata_touch_model()'::regprocedure),
   ('workshop.model_production_stages'::regclass, 'model_production_stages_metadata', 'workshop_private.batch_metadata_touch_model()'::regprocedure));
ROLLBACK;
