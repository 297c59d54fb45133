-- Deploy workshop_db:types/wood_type_padauk to pg
-- requires: types/wood_type
-- A new wood, Padauk, added at the end of workshop.wood_type. An online change: ADD
-- VALUE locks only the type (writers of orders and models never wait for it). Since
-- PostgreSQL 12 it may run in a transaction block, but the new label cannot be used
-- before that transaction commits, so this change only adds it; offering it on a
-- model is data (headphone_models.wood_types), done afterwards.
BEGIN;

ALTER TYPE workshop.wood_type ADD VALUE IF NOT EXISTS 'Padauk' AFTER 'Ziricote';

COMMIT;
