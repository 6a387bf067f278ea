-- Fixture of tst_sqliteconnector, run statement by statement (each ends with ";" at the end
-- of a line).

-- Every declared type applications use, with extremes and NULLs.
CREATE TABLE types (id INTEGER PRIMARY KEY, i INTEGER, big BIGINT, r REAL, d DOUBLE PRECISION,
    amount DECIMAL(10,2), flag BOOLEAN, day DATE, at DATETIME, ts TIMESTAMP, data BLOB, t TEXT,
    v VARCHAR(20) NOT NULL, untyped);
INSERT INTO types VALUES (1, 42, 9223372036854775807, 1.5, -0.1, '12.50', 1, '2024-02-29',
    '2024-02-29 13:45:30.123456', '1970-01-01T00:00:00Z', X'00FF10', 'héllo ✓', 'v1', 'x');
INSERT INTO types VALUES (2, -7, -9223372036854775808, 0, 1e300, 3, 0, '1969-12-31',
    '2000-01-01 00:00:00+02:00', 86400, X'', '', 'v2', 5);
INSERT INTO types VALUES (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'v3', NULL);
CREATE VIEW v_types AS SELECT id, t AS label FROM types WHERE id < 3;

-- Identifiers that need quoting: quotes, spaces, mixed case, reserved words, dots.
CREATE TABLE "my ""odd"" table" ("select" INTEGER, "Mixed Case" TEXT, "a.b" TEXT,
    PRIMARY KEY ("select", "Mixed Case"));
INSERT INTO "my ""odd"" table" VALUES (1, 'one', 'dot'), (2, 'two', NULL);
CREATE TABLE "select" ("from" INTEGER);
INSERT INTO "select" VALUES (7);

-- 20,000 rows: several batches.
CREATE TABLE big (n INTEGER NOT NULL, label TEXT);
INSERT INTO big WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 20000)
    SELECT x, 'row ' || x FROM c;

-- SQLite columns are dynamically typed: values that do not fit the declared type.
CREATE TABLE dirty (id INTEGER, amount INTEGER, day DATE);
INSERT INTO dirty VALUES (1, 10, '2024-01-01'), (2, 'n/a', '2024-01-02'), (3, 30, 'yesterday'),
    (4, 40, '2024-01-04');
