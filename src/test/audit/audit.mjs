// Runs graphql-http's serverAudits against the URL given as the only argument and prints one JSON line per
// audit: {id, name, status, reason}. The Java test decides what passes; this script only reports.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql url>');
  process.exit(2);
}

for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  const reason = result.status === 'ok' ? '' : String(result.reason);
  console.log(JSON.stringify({ id: audit.id, name: audit.name, status: result.status, reason }));
}
