// Runs assignment passes when they can hand something out: a conversation joined or left a
// team's queue, an agent's load changed — and on a timer, to catch anything missed.
import type { EventBus } from '../realtime/event-bus.ts';
import type { Conversation } from '../domain/types.ts';
import type { CareDeps } from './care-deps.ts';
import { runAssignmentPass } from './auto-assign.ts';

export interface AssignmentRunner {
  stop(): Promise<void>;
  /** Resolves when no pass is running or waiting (for tests). */
  idle(): Promise<void>;
}

export function startAssignmentRunner(deps: CareDeps & { bus: EventBus; onError: (error: unknown) => void }): AssignmentRunner {
  const waiting = new Map<string, string>(); // teamId → workspaceId
  let running: Promise<void> | undefined;

  const drain = async () => {
    while (waiting.size > 0) {
      const [teamId, workspaceId] = waiting.entries().next().value as [string, string];
      waiting.delete(teamId);
      try {
        await runAssignmentPass(deps, workspaceId, teamId);
      } catch (error) {
        deps.onError(error);
      }
    }
  };
  const kick = () => {
    if (running) return;
    running = drain().finally(() => { running = undefined; if (waiting.size > 0) kick(); });
  };

  const unsubscribe = deps.bus.subscribe((event) => {
    if (event.type !== 'conversation.created' && event.type !== 'conversation.updated') return;
    const conversation = event.data as Conversation;
    if (!conversation.teamId) return;
    waiting.set(conversation.teamId, conversation.workspaceId);
    // After the current tick: a burst of events for one team becomes one pass.
    setImmediate(kick);
  });

  return {
    async stop() {
      unsubscribe();
      waiting.clear();
      await running;
    },
    async idle() {
      await new Promise((r) => setImmediate(r));
      while (running) await running;
    },
  };
}
