import { createServer } from 'node:net';

/** The middle value (the upper one of an even count): what the benchmark tables report of their rounds. */
export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A loopback port free at the time of asking, for a process a benchmark starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
