/**
 * The argument a worker thread of a parallel check is started with (pool.ts), by which dist/cli.js knows it runs in
 * one without loading node:worker_threads for every run.
 */
export const CHECK_WORKER_ARG = '--tactful-check-worker-thread';
