// Decides between the sign-in page and the workplace, and opens the stream for a signed-in user.
import { useMemo } from 'react';
import { StreamProvider } from './api/stream-context.tsx';
import { SessionContext, type Session } from './auth/session-context.ts';
import { LoginPage } from './auth/login-page.tsx';
import { useMe } from './auth/use-me.ts';
import { AppShell } from './app-shell.tsx';

export function App() {
  const me = useMe();
  const session = useMemo<Session | null>(() => {
    const data = me.data;
    if (!data?.user) return null;
    return { user: data.user, workspaceId: data.workspaceId, role: data.role, workspaces: data.workspaces };
  }, [me.data]);

  if (me.isPending) return <p className="empty-state app-loading">Loading Parley…</p>;
  if (me.error) return <p className="form-error app-loading" role="alert">Parley could not be reached: {me.error.message}. Reload to try again.</p>;
  if (!session) return <LoginPage />;
  return (
    <SessionContext.Provider value={session}>
      {/* A new workspace means a new stream: the server binds a socket to one workspace. */}
      <StreamProvider key={session.workspaceId} meId={session.user.id}>
        <AppShell key={session.workspaceId} />
      </StreamProvider>
    </SessionContext.Provider>
  );
}
