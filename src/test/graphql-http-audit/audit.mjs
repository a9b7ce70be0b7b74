// Runs graphql-http's GraphQL-over-HTTP server audits against a running portal and prints one JSON line per
// audit: {id, name, status, reason?}. Run by the Java test http/GraphQLHttpAuditQuarkusTest (./mvnw verify), which installs
// this package in target/graphql-http-audit, with GRAPHQL_URL (the test server's /graphql) and TOKEN (a valid bearer
// token: every request needs one).
import { serverAudits } from 'graphql-http';

const url = process.env.GRAPHQL_URL;
const token = process.env.TOKEN;
if (!url || !token) {
  console.error('Set GRAPHQL_URL and TOKEN.');
  process.exit(2);
}

// The audits send their own headers; the token is added to each, as a signed-in client would.
function fetchWithToken(input, init = {}) {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${token}`);
  return fetch(input, { ...init, headers });
}

for (const audit of serverAudits({ url, fetchFn: fetchWithToken })) {
  const result = await audit.fn();
  const line = { id: result.id, name: result.name, status: result.status };
  if (result.status !== 'ok') {
    line.reason = result.reason;
  }
  console.log(JSON.stringify(line));
}
