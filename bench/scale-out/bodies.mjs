// Writes the request bodies and GET URLs the scale-out bench sends: W1 (the municipality list)
// and the goals page's own query (frontend-static/js/page-mal.js QUERY, eskilstuna).
import { readFileSync, writeFileSync } from 'node:fs';

const dir = process.argv[2];
const page = readFileSync(new URL('../../frontend-static/js/page-mal.js', import.meta.url), 'utf8');
const goals = page.match(/const QUERY = `([\s\S]*?)`;/)[1];
const w1 = '{ municipalities { id name } }';
writeFileSync(`${dir}/w1.json`, JSON.stringify({ query: w1 }));
writeFileSync(`${dir}/goals.json`, JSON.stringify({ query: goals, variables: { id: 'eskilstuna' } }));
writeFileSync(`${dir}/w1.get`, `/graphql?query=${encodeURIComponent(w1)}`);
writeFileSync(`${dir}/goals.get`,
  `/graphql?query=${encodeURIComponent(goals)}&variables=${encodeURIComponent(JSON.stringify({ id: 'eskilstuna' }))}`);
