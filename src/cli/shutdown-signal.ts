// Waits for Ctrl+C or a service manager's stop; a second signal while shutting down exits at once.
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export function untilShutdownSignal(): Promise<string> {
  return new Promise((resolve) => {
    const onFirst = (signal: NodeJS.Signals) => {
      for (const name of SIGNALS) process.off(name, onFirst);
      // A stuck shutdown must not make the process unkillable with the keys the user already knows.
      for (const name of SIGNALS) process.once(name, () => process.exit(130));
      resolve(signal);
    };
    for (const name of SIGNALS) process.on(name, onFirst);
  });
}
