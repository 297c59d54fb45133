-- Due risk: the first page (50) of open orders projected to miss their due date, most
-- urgent first (the view's own order).
SELECT * FROM workshop.order_due_risk LIMIT 50;
