// Stops the agent's send until they have seen what a colleague did meanwhile.

export type SendHold =
  | { kind: 'replied'; by: string }
  | { kind: 'stale'; by: string; changes: string[] };

export function CollisionBanner({ hold, onAcknowledge, id }: { hold: SendHold; onAcknowledge: () => void; id: string }) {
  // Focus stays in the composer: moving it while the agent types would let a keystroke dismiss this unread.
  return (
    <div id={id} className="collision-banner" role="alert">
      <p>
        {hold.kind === 'replied'
          ? <><strong>{hold.by}</strong> replied while you were writing. Read their reply above; your draft is kept and not sent.</>
          : <><strong>{hold.by}</strong> changed this conversation: {hold.changes.join('; ')}. Your reply was not sent; check the thread, then send again.</>}
      </p>
      <button type="button" className="button button-small" onClick={onAcknowledge}>I've seen it</button>
    </div>
  );
}
