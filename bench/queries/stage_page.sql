-- The stage page of batches_at_stage.sql through workshop.open_batches_at_stage(), which
-- has one statement per stage, each naming its stage, and keeps their generic plans: a
-- manager's page reaches the stage's partial index without being planned per call.
\set s random(1, 7)
SELECT b.*
  FROM workshop.open_batches_at_stage(
       ('{Intake,Sanding,Finishing,Sub-Assembly,"Final Assembly","Acoustic QC",Shipping}'::workshop.production_stage[])[:s]) b;
