-- Fixture of tst_postgresconnector, run statement by statement (each ends with ";" at the end
-- of a line). Idempotent, so the test can also run against a server of your own.
DROP SCHEMA IF EXISTS "Sales Dept", hidden, "a.b", a CASCADE;
DROP TABLE IF EXISTS public.all_types, public.big, public.edge CASCADE;
DROP DOMAIN IF EXISTS public.positive_int;
DROP SEQUENCE IF EXISTS public.counter;

-- Every common type, with extremes, special values and NULLs.
CREATE DOMAIN public.positive_int AS integer CHECK (VALUE > 0);
CREATE TABLE public.all_types (
    id integer PRIMARY KEY, small smallint, big bigint, real_v real, double_v double precision,
    num numeric(30,9), num_free numeric, flag boolean, day date, ts timestamp, tstz timestamptz,
    bytes bytea, txt text, vc varchar(40) NOT NULL, ch char(3), uuid_v uuid, json_v jsonb,
    int_array integer[], t time, iv interval, positive positive_int);
COMMENT ON TABLE public.all_types IS 'Every common type';
INSERT INTO public.all_types VALUES
    (1, -32768, 9223372036854775807, 1.5, 0.1, 12345678901234567890.123456789,
     0.00000000000000000001, true, '2024-02-29', '2024-02-29 13:45:30.123456',
     '2024-02-29 13:45:30.123456+02', '\x00ff10', 'héllo ✓ "quoted" ''single''', 'v1', 'ab',
     'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{"a": [1, 2]}', '{1,2,3}', '13:45:30.5',
     '1 day 02:00:00', 7),
    (2, 32767, -9223372036854775808, 'NaN', '-Infinity', -0.5, 'NaN', false, '0044-03-15 BC',
     '1970-01-01 00:00:00', '1969-12-31 23:59:59.999999+00', '\x', '', 'v2', NULL, NULL,
     'null', '{}', '23:59:59.999999', '-3 mons', 1),
    (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'v3', NULL,
     NULL, NULL, NULL, NULL, NULL, NULL);
CREATE VIEW public.all_types_view AS SELECT id, txt FROM public.all_types;

-- 25,000 rows: three FETCHes of 10,000.
CREATE TABLE public.big AS SELECT n::bigint AS n, 'row ' || n AS label FROM generate_series(1, 25000) AS n;
ALTER TABLE public.big ADD PRIMARY KEY (n);
ANALYZE public.big;

-- Valid PostgreSQL values that a RecordBatch cannot hold (rows 2, 3 and 4).
CREATE TABLE public.edge (id integer, at timestamptz, day date);
INSERT INTO public.edge VALUES (1, '2000-01-01 00:00:00+00', '2000-01-01'),
    (2, 'infinity', '2000-01-02'), (3, '2000-01-03', '-infinity'),
    (4, '294276-12-31 23:59:59+00', '2000-01-04'), (5, '2000-01-05', '2000-01-05');

CREATE SEQUENCE public.counter;

-- Identifiers that need quoting: spaces, quotes, mixed case, reserved words, dots.
CREATE SCHEMA "Sales Dept";
CREATE TABLE "Sales Dept"."Order ""Items""" ("select" integer, "Mixed Case" text, "from" date,
    PRIMARY KEY ("select", "Mixed Case"));
INSERT INTO "Sales Dept"."Order ""Items""" VALUES (1, 'one', '2024-01-01'), (2, 'two', NULL);
CREATE MATERIALIZED VIEW "Sales Dept".monthly AS SELECT 1 AS m;
CREATE SCHEMA hidden;
CREATE TABLE hidden.secret_stuff (x integer);
-- Two relations whose stream names are both "a.b.c".
CREATE SCHEMA "a.b";
CREATE TABLE "a.b".c (x integer);
CREATE SCHEMA a;
CREATE TABLE a."b.c" (y integer);
