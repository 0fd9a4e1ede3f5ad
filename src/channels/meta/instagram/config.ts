// An instagram channel's settings: which professional account, its token and the app's secrets.
import { z } from 'zod';
import type { PreparedConnection } from '../../channel-adapter.ts';
import { GraphApiBaseUrl, GraphApiVersion, NumericId, Secret, parseConnection } from '../connection.ts';
import { FACEBOOK_GRAPH_URL, INSTAGRAM_GRAPH_URL } from '../graph-client.ts';

const InstagramConfig = z.object({
  igUserId: NumericId,
  accessToken: Secret,
  appSecret: Secret,
  verifyToken: Secret,
  graphApiBaseUrl: GraphApiBaseUrl.optional(),
  graphApiVersion: GraphApiVersion.optional(),
});

export function prepareInstagramConnection(config: Record<string, unknown>): PreparedConnection {
  const c = parseConnection(InstagramConfig, config, 'instagram',
    '{igUserId, accessToken, appSecret, verifyToken, graphApiBaseUrl?, graphApiVersion?}');
  return {
    config: {
      igUserId: c.igUserId,
      ...(c.graphApiBaseUrl ? { graphApiBaseUrl: c.graphApiBaseUrl } : {}),
      ...(c.graphApiVersion ? { graphApiVersion: c.graphApiVersion } : {}),
    },
    secrets: { accessToken: c.accessToken, appSecret: c.appSecret, verifyToken: c.verifyToken },
  };
}

/**
 * An account connected with Instagram Login holds an Instagram User token (they begin "IG")
 * and is served by graph.instagram.com; one connected through a Facebook Page holds a Page
 * token ("EAA…") for graph.facebook.com. graphApiBaseUrl overrides the guess.
 * https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login
 */
export function defaultInstagramBaseUrl(token: string): string {
  return token.startsWith('IG') ? INSTAGRAM_GRAPH_URL : FACEBOOK_GRAPH_URL;
}
