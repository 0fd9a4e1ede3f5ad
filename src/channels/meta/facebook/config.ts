// A facebook channel's settings: which Page, its token and the app's secrets (DESIGN.md's keys).
import { z } from 'zod';
import type { PreparedConnection } from '../../channel-adapter.ts';
import { GraphApiBaseUrl, GraphApiVersion, NumericId, Secret, parseConnection } from '../connection.ts';

const FacebookConfig = z.object({
  pageId: NumericId,
  pageAccessToken: Secret,
  appSecret: Secret,
  verifyToken: Secret,
  graphApiBaseUrl: GraphApiBaseUrl.optional(),
  graphApiVersion: GraphApiVersion.optional(),
});

export function prepareFacebookConnection(config: Record<string, unknown>): PreparedConnection {
  const c = parseConnection(FacebookConfig, config, 'facebook',
    '{pageId, pageAccessToken, appSecret, verifyToken, graphApiBaseUrl?, graphApiVersion?}');
  return {
    config: {
      pageId: c.pageId,
      ...(c.graphApiBaseUrl ? { graphApiBaseUrl: c.graphApiBaseUrl } : {}),
      ...(c.graphApiVersion ? { graphApiVersion: c.graphApiVersion } : {}),
    },
    secrets: { pageAccessToken: c.pageAccessToken, appSecret: c.appSecret, verifyToken: c.verifyToken },
  };
}
