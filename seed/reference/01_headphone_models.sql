-- Reference data: the five headphone models of the workshop.
-- Idempotent: a second load finds nothing to change and writes nothing.
INSERT INTO workshop.headphone_models AS m
       (name, sku_prefix, complexity, base_production_hours, wood_types, base_price)
VALUES ('Atticus', 'ATT', 'medium',     6.0, ARRAY['Sapele', 'Cherry', 'Walnut']::workshop.wood_type[],                           499.00),
       ('Eikon',   'EIK', 'medium',     8.0, ARRAY['Sapele', 'Cherry', 'Walnut']::workshop.wood_type[],                           599.00),
       ('Verite',  'VER', 'high',      10.0, ARRAY['Sapele', 'Cherry', 'Walnut', 'Cocobolo']::workshop.wood_type[],             2499.00),
       ('Auteur',  'AUT', 'high',      12.0, ARRAY['Sapele', 'Cherry', 'Walnut', 'Cocobolo']::workshop.wood_type[],             2499.00),
       ('Caldera', 'CAL', 'very_high', 14.0, ARRAY['Sapele', 'Cherry', 'Walnut', 'Cocobolo', 'Ziricote']::workshop.wood_type[], 3499.00)
ON CONFLICT (name) DO UPDATE
   SET sku_prefix            = EXCLUDED.sku_prefix,
       complexity            = EXCLUDED.complexity,
       base_production_hours = EXCLUDED.base_production_hours,
       wood_types            = EXCLUDED.wood_types,
       base_price            = EXCLUDED.base_price
 WHERE (m.sku_prefix, m.complexity, m.base_production_hours, m.wood_types, m.base_price)
       IS DISTINCT FROM
       (EXCLUDED.sku_prefix, EXCLUDED.complexity, EXCLUDED.base_production_hours,
        EXCLUDED.wood_types, EXCLUDED.base_price);
