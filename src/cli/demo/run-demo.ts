// Runs the demo: server, delivery receiver, demo login, channel and token, then live traffic until stopped.
import type { AddressInfo } from 'node:net';
import type { ParleyConfig } from '../../config.ts';
import { startServer, type RunningServer } from '../../server/start-server.ts';
import { deleteChannel } from '../../store/repositories/channels.ts';
import { EXIT_OK, type CliContext } from '../command.ts';
import { startDeliveryReceiver, type Receiver, type ReceiverOptions } from './receiver.ts';
import { connectDemoChannel, createDemoToken, ensureDemoLogin, findDemoChannel, receiverPortOf } from './setup.ts';
import { startTraffic, type Traffic } from './traffic.ts';
import { describeInbound, describeReply } from './console-feed.ts';
import { createDemoFetch } from './demo-fetch.ts';
import { ensureSocialChannels, findSocialChannels, socialRoutes, startDemoEmulators, watchEmulatorReplies, type DemoEmulators, type ReplyWatch } from './social.ts';

/** The feed is the point of the demo, so the server's own log stays at warnings unless asked for more. */
function quieterLogLevel(level: ParleyConfig['logLevel']): ParleyConfig['logLevel'] {
  return level === 'debug' || level === 'trace' || level === 'silent' ? level : 'warn';
}

/** Where the demo reaches its own server: loopback, whichever interface the server listens on. */
function loopbackUrl(server: RunningServer): string {
  const address = server.app.server.address() as AddressInfo;
  const host = address.address === '0.0.0.0' || address.address === '::' ? '127.0.0.1'
    : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

async function startReceiver(options: ReceiverOptions): Promise<Receiver> {
  try {
    return await startDeliveryReceiver(options);
  } catch (error) {
    // The last run's port is only a preference: any free port does, with a new channel.
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || options.port === undefined) throw error;
    return startDeliveryReceiver({ ...options, port: undefined });
  }
}

export async function runDemo(context: CliContext): Promise<number> {
  const config = context.loadConfig();
  const print = (line: string) => context.stdout.write(`${line}\n`);
  const demoFetch = createDemoFetch(config.allowPrivateNetwork);
  const server = await startServer({ ...config, logLevel: quieterLogLevel(config.logLevel) }, { fetch: demoFetch.fetch });
  let receiver: Receiver | undefined;
  let traffic: Traffic | undefined;
  let emulators: DemoEmulators | undefined;
  let replies: ReplyWatch | undefined;
  try {
    const { db } = server.services.store;
    const { secretBox, channels } = server.services;
    const login = await ensureDemoLogin(db, config);
    const existing = await findDemoChannel(db, secretBox, login.workspace.id);
    let secret = existing?.secrets.secret;
    receiver = await startReceiver({
      secret: () => secret,
      port: receiverPortOf(existing),
      onReply: (reply) => print(describeReply(reply)),
      onRejected: (reason) => print(`! the receiver refused ${reason}`),
    });
    demoFetch.allowOrigin(new URL(receiver.url).origin);
    let channel = existing;
    if (!channel || receiverPortOf(channel) !== receiver.port) {
      if (channel) await deleteChannel(db, login.workspace.id, channel.id);
      const connected = await connectDemoChannel(db, secretBox, channels, login.workspace.id, receiver.url);
      channel = connected.channel;
      secret = connected.secret;
    }
    if (!secret) throw new Error(`the "${channel.name}" channel has no secret`);
    // X and Meta through their local emulators: replies go there, deliveries come from them.
    const existingSocial = await findSocialChannels(db, secretBox, login.workspace.id);
    emulators = await startDemoEmulators(existingSocial);
    demoFetch.allowOrigin(new URL(emulators.x.url).origin);
    demoFetch.allowOrigin(new URL(emulators.graph.url).origin);
    const social = await ensureSocialChannels(db, secretBox, channels, login.workspace.id, existingSocial, emulators);
    const token = await createDemoToken(db, login);
    const base = loopbackUrl(server);
    const shown = config.publicUrl ?? `http://localhost:${(server.app.server.address() as AddressInfo).port}`;

    print('');
    print(`Parley demo is running: open ${shown}`);
    print(`  sign in:   ${login.email} / ${login.password ?? '(your PARLEY_ADMIN_PASSWORD)'}${login.password ? '   (a new password each run)' : ''}`);
    print(`  workspace: ${login.workspace.name} (${login.workspace.id})`);
    print(`  API token: ${token}   (admin scope, 30 days)`);
    print(`  channel:   ${channel.name} (api, ${channel.id}); replies are delivered to ${receiver.url}`);
    print(`  channel:   ${social.x.name} (x, ${social.x.id}); replies go to the X emulator at ${emulators.x.url}`);
    print(`  channel:   ${social.facebook.name} (facebook, ${social.facebook.id}) and ${social.instagram.name} (instagram, ${social.instagram.id}); replies go to the Graph emulator at ${emulators.graph.url}`);
    print('Simulated customers write every 1–3 s in English, Russian, Turkish, Serbian and Latvian,');
    print('taking turns on the api channel, X, Facebook and Instagram (signed webhooks, as the networks send them). Ctrl+C stops.');
    print('');

    traffic = startTraffic({
      webhookUrl: `${base}/webhooks/api/${channel.id}`,
      secret,
      runTag: `demo-${Date.now().toString(36)}`,
      fetch: globalThis.fetch,
      routes: socialRoutes(base, social),
      onSent: (message, _accepted, via) => print(describeInbound(message, via)),
      onError: (message, reason, via) => print(`! ${message.key} was not accepted on ${via}: ${reason}`),
    });
    replies = watchEmulatorReplies(emulators, print);
    const signal = await context.untilStopped();
    print(`\n${signal}: stopping the demo…`);
    return EXIT_OK;
  } finally {
    await traffic?.stop();
    replies?.stop();
    await emulators?.close();
    await receiver?.close();
    await server.close();
  }
}

