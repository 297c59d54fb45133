-- plpgsql_check finds no error and no warning in the rule triggers (each checked against
-- every table it is attached to, with the trigger's transition tables) nor in the plpgsql functions of workshop and
-- workshop_private.
BEGIN;
SELECT plan(2);

SELECT is_empty(
  $$SELECT t.tgrelid::regclass::text, p.oid::regprocedure::text, c.lineno, c.message
      FROM pg_trigger t
      JOIN pg_proc p ON p.oid = t.tgfoid
     CROSS JOIN LATERAL plpgsql_check_function_tb(p.oid, t.tgrelid,
                                oldtable => t.tgoldtable, newtable => t.tgnewtable) c
     WHERE NOT t.tgisinternal
       AND p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'plpgsql')
       AND p.pronamespace = 'workshop_private'::regnamespace
       AND c.level IN ('error', 'warning')$$,
  'trigger functions: no plpgsql_check error or warning');
SELECT is_empty(
  $$SELECT p.oid::regprocedure::text, c.lineno, c.message
      FROM pg_proc p
     CROSS JOIN LATERAL plpgsql_check_function_tb(p.oid) c
     WHERE p.pronamespace IN ('workshop'::regnamespace, 'workshop_private'::regnamespace)
       AND p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'plpgsql')
       AND p.prorettype <> 'trigger'::regtype
       AND c.level IN ('error', 'warning')$$,
  'other plpgsql functions: no plpgsql_check error or warning');

SELECT * FROM finish();
ROLLBACK;
