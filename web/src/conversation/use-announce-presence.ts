// Tells the team this agent is viewing a conversation, and when they type in it.
import { useCallback, useEffect, useRef } from 'react';
import { useStream } from '../api/stream-context.tsx';

/** Well inside the receivers' 45 s expiry, so a live viewer never flickers away. */
const HEARTBEAT_MS = 20_000;
const TYPING_EVERY_MS = 3_000;
const TYPING_IDLE_MS = 4_000;

export function useAnnouncePresence(conversationId: string): { onTyping: () => void } {
  const stream = useStream();
  const lastTypingAt = useRef(0);
  const idleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (!stream) return;
    const announce = () => stream.sendPresence(conversationId, 'viewing');
    announce();
    const heartbeat = setInterval(announce, HEARTBEAT_MS);
    // Closing the tab ends the socket without a word; say goodbye so colleagues do not wait for the expiry.
    const leave = () => stream.sendPresence(conversationId, 'left');
    window.addEventListener('pagehide', leave);
    const unsubscribe = stream.subscribeStatus(() => {
      if (stream.status === 'live') announce();
    });
    return () => {
      clearInterval(heartbeat);
      clearTimeout(idleTimer.current);
      unsubscribe();
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [stream, conversationId]);

  const onTyping = useCallback(() => {
    if (!stream) return;
    const now = Date.now();
    if (now - lastTypingAt.current > TYPING_EVERY_MS) {
      lastTypingAt.current = now;
      stream.sendPresence(conversationId, 'typing');
    }
    clearTimeout(idleTimer.current);
    idleTimer.current = setTimeout(() => {
      lastTypingAt.current = 0;
      stream.sendPresence(conversationId, 'viewing');
    }, TYPING_IDLE_MS);
  }, [stream, conversationId]);

  return { onTyping };
}
