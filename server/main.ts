// Reads the configuration, starts the app, and stops it cleanly on SIGTERM or SIGINT.
import { ConfigError, loadConfig } from './config';
import { createApp } from './app';

/** A database URL without its password, for the start-up line. */
function describeUrl(raw: string): string {
  const url = new URL(raw);
  return `${url.protocol}//${url.host}${url.pathname}`;
}

async function main(): Promise<void> {
  const started = performance.now();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`courtside: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  let app;
  try {
    app = await createApp(config);
  } catch (error) {
    // The store could not be opened (PostgreSQL unreachable, a file that cannot be created): one line, non-zero.
    console.error(`courtside: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const address = await app.listen();
  const url = `http://${address.address === '127.0.0.1' ? 'localhost' : address.address}:${address.port}`;
  console.log(`courtside: ready in ${Math.round(performance.now() - started)} ms`);
  console.log(`courtside: chat at ${url}/, GraphQL and GraphiQL at ${url}/graphql (database ${config.databaseUrl ? describeUrl(config.databaseUrl) : config.databasePath})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`courtside: ${signal} received, closing sockets and the database`);
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

void main();
