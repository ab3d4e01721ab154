#!/usr/bin/env node
// The `ke-hoach` command. Node 24 runs the TypeScript sources directly (type stripping), so there
// is no build step; `npx ke-hoach` puts the project's Node 24 first on PATH.
import { main } from '../src/cli/main.ts';
import { nodeIo } from '../src/cli/node-io.ts';

// Piping into `head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), nodeIo());
