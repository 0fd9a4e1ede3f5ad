// The conversation's messages, oldest first, kept scrolled to the newest while the agent is at the bottom.
import { Fragment, useLayoutEffect, useRef } from 'react';
import type { ThreadMessage } from '../api/types.ts';
import { MessageItem, type MessageTools } from './message-item.tsx';

interface ThreadProps { messages: ThreadMessage[]; customerName: string; isPublicThread: boolean; tools: MessageTools }

const isPrivateExchange = (m: ThreadMessage) => m.visibility === 'private' && (m.direction === 'in' || m.direction === 'out');

export function Thread({ messages, customerName, isPublicThread, tools }: ThreadProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const isAtBottom = useRef(true);
  // A public thread moved to private: mark where the private part begins.
  const firstPrivateId = isPublicThread ? messages.find(isPrivateExchange)?.id : undefined;

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && isAtBottom.current) element.scrollTop = element.scrollHeight;
  }, [messages]);

  return (
    <div
      ref={scroller}
      className="thread"
      role="region"
      tabIndex={0}
      aria-label="Messages"
      onScroll={(event) => {
        const element = event.currentTarget;
        isAtBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 48;
      }}
    >
      <ol className="message-list" aria-live="polite" aria-relevant="additions">
        {messages.map((m) => (
          <Fragment key={m.id}>
            {m.id === firstPrivateId && <li className="thread-divider" role="separator">Continued in private messages</li>}
            <MessageItem message={m} customerName={customerName} tools={tools} />
          </Fragment>
        ))}
      </ol>
      {messages.length === 0 && <p className="empty-state">No messages yet.</p>}
    </div>
  );
}
