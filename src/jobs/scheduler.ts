// Periodic work: snoozed conversations reopen when their time comes; queues are handed out.
import type { Services } from '../server/services.ts';
import { wakeSnoozed } from '../care/set-status.ts';
import { runAssignmentPass } from '../care/auto-assign.ts';
import { listAutoAssigningTeams } from '../store/repositories/teams.ts';

export interface Scheduler {
  start(): void;
  stop(): void;
}

export function createScheduler(services: Services, intervalMs = 15_000): Scheduler {
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    try {
      // Runs at start too, so conversations that came due while Parley was stopped reopen.
      await wakeSnoozed(services);
      // Events trigger passes as things change; this catches what an event could not (a restart).
      for (const team of await listAutoAssigningTeams(services.store.db)) await runAssignmentPass(services, team.workspaceId, team.id);
    } catch (error) {
      services.logger.error({ err: error }, 'scheduled work failed');
    }
  };
  return {
    start() {
      void tick();
      timer = setInterval(() => void tick(), intervalMs);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}
