// Sign-in with email and password; the server sets the session cookie and returns the CSRF token.
import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api, isApiError, setCsrfToken } from '../api/http-client.ts';
import { queryKeys } from '../api/query-keys.ts';
import type { LoginAnswer } from '../api/types.ts';
import { fetchMe } from './use-me.ts';

export function LoginPage() {
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsBusy(true);
    setError(null);
    try {
      const answer = await api.post<LoginAnswer>('/api/v1/auth/login', { email, password });
      setCsrfToken(answer.csrfToken);
      client.setQueryData(queryKeys.me, await fetchMe());
    } catch (caught) {
      setError(isApiError(caught, 'unauthorized') ? 'Wrong email or password.'
        : isApiError(caught, 'too_many_requests') ? 'Too many attempts. Wait a minute, then try again.'
          : 'Could not sign in. Check the connection and try again.');
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <main className="login-page">
      <form className="login-card" onSubmit={onSubmit} aria-labelledby="login-title">
        <h1 id="login-title">Sign in to Parley</h1>
        <label htmlFor="login-email">Email</label>
        <input id="login-email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <label htmlFor="login-password">Password</label>
        <input id="login-password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        {error && <p className="form-error" role="alert">{error}</p>}
        <button type="submit" className="button button-primary" disabled={isBusy}>{isBusy ? 'Signing in…' : 'Sign in'}</button>
      </form>
    </main>
  );
}
