-- Open batches at a stage, oldest first, 50 a page.
\set s random(1, 7)
SELECT b.*
  FROM workshop.batches b
 WHERE b.current_stage = ('{Intake,Sanding,Finishing,Sub-Assembly,"Final Assembly","Acoustic QC",Shipping}'::workshop.production_stage[])[:s]
   AND NOT b.is_complete
 ORDER BY b.created_at, b.id
 LIMIT 50;
