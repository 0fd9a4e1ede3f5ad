// Makes sure the local PostgreSQL and Redis are up before the suite runs (starting them if not).
import { execSync } from 'node:child_process';
import net from 'node:net';

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

async function waitFor(port: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await isListening(port)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

const START = {
  postgres: 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
  redis: 'redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log',
};

async function ensure(name: keyof typeof START, port: number): Promise<void> {
  if (await isListening(port)) return;
  try {
    execSync(START[name], { stdio: 'ignore', shell: '/bin/bash' });
  } catch {
    // The wait below reports the failure with the service's name.
  }
  if (!(await waitFor(port, 20_000))) throw new Error(`${name} is not running on 127.0.0.1:${port} and could not be started`);
}

export default async function setup(): Promise<void> {
  await ensure('postgres', 5432);
  await ensure('redis', 6379);
}
