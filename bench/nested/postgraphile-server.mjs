// PostGraphile 4.14.1 over the benchmark's database, as a team would run it for a read-only
// API: the library API on Node's own HTTP server, no mutations, plain lists beside the Relay
// connections (simpleCollections 'both', so `goalsByReportIdList` reads like our `goals`), no
// watch mode, no GraphiQL, no query log.
//
//   node bench/nested/postgraphile-server.mjs PORT DATABASE_URL
//
// Schemas: `public` (Kommunkollen's tables as Flyway made them) and `bench_pg`, which the
// benchmark creates with one function, municipalities_with_reports(), because Kommunkollen's
// `municipalities` lists only municipalities with reports and PostGraphile's generated
// `allMunicipalities` cannot filter on a related table.
import http from 'node:http';
import { postgraphile } from 'postgraphile';

const [port, databaseUrl] = process.argv.slice(2);
const middleware = postgraphile(databaseUrl, ['public', 'bench_pg'], {
  disableDefaultMutations: true,
  simpleCollections: 'both',
  watchPg: false,
  graphiql: false,
  enableQueryBatching: false,
  disableQueryLog: true,
  dynamicJson: false,
  setofFunctionsContainNulls: false,
  ignoreRBAC: true,
  retryOnInitFail: false,
  legacyRelations: 'omit',
});
const server = http.createServer(middleware);
server.keepAliveTimeout = 20000;
server.listen(Number(port), '127.0.0.1', () => {
  console.log(`PostGraphile on http://127.0.0.1:${port}/graphql`);
});
