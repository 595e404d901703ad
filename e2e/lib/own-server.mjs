// A server of a test's own, on an H2 file database of its own: for tests that need accounts,
// which the jar's commands add to a database, not to the shared e2e server's in-memory one.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { E2E_DIR } from './browser.mjs';

export const JAR = path.join(E2E_DIR, '..', 'backend', 'target', 'kommunkollen.jar');

/** A TCP port free on the loopback interface at the time of asking. */
export function freePort() {
  return new Promise((resolve) => {
    const socket = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = socket.address();
      socket.close(() => resolve(port));
    });
  });
}

/** Starts the jar on a free port with the rate limit off; resolves to { server, base }. */
export async function startServer(args) {
  const port = await freePort();
  const server = spawn('java', ['-jar', JAR, `--server.port=${port}`, '--server.address=127.0.0.1',
    '--management.server.port=0', '--kommunkollen.rate-limit.enabled=false', ...args], { stdio: 'ignore' });
  return { server, base: `http://127.0.0.1:${port}` };
}

/** Waits until the server answers /api/session (401 for nobody signed in). */
export async function awaitSessionEndpoint(server, base) {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      const response = await fetch(`${base}/api/session`, { signal: AbortSignal.timeout(2000) });
      if (response.status === 401) {
        return;
      }
    } catch {
      // not listening yet
    }
    if (server.exitCode !== null) {
      throw new Error(`the test's server stopped while starting (exit ${server.exitCode})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the test\'s server did not answer within 120 s');
}

/** Stops the server and waits for it to exit. */
export async function stopServer(server) {
  if (server && server.exitCode === null) {
    const stopped = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await stopped;
  }
}
