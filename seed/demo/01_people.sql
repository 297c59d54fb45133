-- Demo data, part 1: the staff (an admin, a manager, two workers) and eight customers.
DO $$
BEGIN
  IF pg_catalog.current_setting('workshop.demo_skip', true) IS NULL THEN
    RAISE EXCEPTION 'load seed/demo as a whole, in one transaction (00_guard.sql first)';
  ELSIF pg_catalog.current_setting('workshop.demo_skip', true)::boolean THEN
    RETURN;
  END IF;

  INSERT INTO workshop.workers (id, name, email, role) VALUES
    ('de000000-0000-4000-8000-000000000001', 'Alex Morgan',   'alex.morgan@workshop.example',   'admin'),
    ('de000000-0000-4000-8000-000000000002', 'Mina Okafor',   'mina.okafor@workshop.example',   'manager'),
    ('de000000-0000-4000-8000-000000000003', 'Sam Ortiz',     'sam.ortiz@workshop.example',     'worker'),
    ('de000000-0000-4000-8000-000000000004', 'Kai Lindqvist', 'kai.lindqvist@workshop.example', 'worker');

  INSERT INTO workshop.customers (id, shopify_customer_id, name, email, phone, shipping_address) VALUES
    ('de000000-0000-4000-8000-000000000101', '7000000001', 'Hannah Becker',  'hannah.becker@example.com',  '+49 30 5550101',
     '{"city": "Berlin", "country": "DE", "zip": "10115", "address1": "Invalidenstr. 1"}'),
    ('de000000-0000-4000-8000-000000000102', '7000000002', 'Lucas Martin',   'lucas.martin@example.com',   '+33 1 5550102',
     '{"city": "Paris", "country": "FR", "zip": "75003", "address1": "12 rue de Bretagne"}'),
    ('de000000-0000-4000-8000-000000000103', '7000000003', 'Aiko Tanaka',    'aiko.tanaka@example.com',    '+81 3 5550103',
     '{"city": "Tokyo", "country": "JP", "zip": "150-0001", "address1": "1-2-3 Jingumae"}'),
    ('de000000-0000-4000-8000-000000000104', '7000000004', 'Priya Raman',    'priya.raman@example.com',    '+1 415 5550104',
     '{"city": "San Francisco", "country": "US", "zip": "94110", "address1": "500 Valencia St"}'),
    ('de000000-0000-4000-8000-000000000105', '7000000005', 'Oliver Smith',   'oliver.smith@example.com',   '+44 20 5550105',
     '{"city": "London", "country": "GB", "zip": "N1 9GU", "address1": "8 Upper St"}'),
    ('de000000-0000-4000-8000-000000000106', '7000000006', 'Sofia Rossi',    'sofia.rossi@example.com',    '+39 02 5550106',
     '{"city": "Milano", "country": "IT", "zip": "20121", "address1": "Via Brera 4"}'),
    ('de000000-0000-4000-8000-000000000107', '7000000007', 'Noah Williams',  'noah.williams@example.com',  '+61 2 5550107',
     '{"city": "Sydney", "country": "AU", "zip": "2000", "address1": "10 George St"}'),
    ('de000000-0000-4000-8000-000000000108', '7000000008', 'Emma Johansson', 'emma.johansson@example.com', '+46 8 5550108',
     '{"city": "Stockholm", "country": "SE", "zip": "111 29", "address1": "Drottninggatan 20"}');
END
$$;
