// DuckDB's profile of a CSV file: SUMMARIZE over read_csv (min, max, approx_unique, avg, std,
// q25/q50/q75, count, null percentage per column), what an analyst would run instead of a
// profiler. Used by bench/profile.sh; @duckdb/node-api is installed by the script into bench/out.
//
// Usage: node duckdb_summarize.mjs FILE        (env DUCKDB_THREADS, default: all cores)
import { DuckDBInstance } from '@duckdb/node-api';

const file = process.argv[2];
if (!file) {
    console.error('usage: node duckdb_summarize.mjs FILE');
    process.exit(2);
}
const options = {};
if (process.env.DUCKDB_THREADS)
    options.threads = process.env.DUCKDB_THREADS;
const instance = await DuckDBInstance.create(':memory:', options);
const connection = await instance.connect();
const quoted = file.replaceAll("'", "''");
const reader = await connection.runAndReadAll(`SUMMARIZE SELECT * FROM read_csv('${quoted}')`);
const rows = reader.getRowObjectsJson();
console.log(JSON.stringify(rows));
