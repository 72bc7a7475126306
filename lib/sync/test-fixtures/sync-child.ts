/**
 * Runs one sync in a child process so that a test can SIGKILL it mid-way.
 * Usage: node --import tsx sync-child.ts <fhirBaseUrl> <sqliteFile> <pageSize>
 */
import { openStore } from '@/lib/store/store';
import { runSync } from '@/lib/sync/run-sync';
import { makeClient, quietLogger } from './helpers';

const [baseUrl, file, pageSize] = process.argv.slice(2);
const store = openStore(file);
runSync({
  store,
  client: makeClient(baseUrl),
  pageSize: Number(pageSize),
  logger: quietLogger,
  onProgress: (p) => process.stdout.write(`page ${p.pages}\n`),
}).then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
