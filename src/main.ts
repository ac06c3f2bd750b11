#!/usr/bin/env node
import { runCli } from './cli/cli.js';

// Composition root: the CLI parses the command and wires config → database → HTTP server or use case.
runCli(process.argv).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
