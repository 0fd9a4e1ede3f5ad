// The emulator's check of read-request parameters: names, ranges and field lists X accepts, with X's wording when it refuses.
//
// X answers an unknown parameter or field value with 400 "Invalid Request" naming it ("The query
// parameter [x] is not one of [...]"); the allowed values are the endpoints' parameter lists in
// X's API reference (mentions, recent search, DM events) and OpenAPI (https://api.twitter.com/2/openapi.json).

export type ReadEndpoint = 'mentions' | 'search' | 'dm_events';

const POST_FIELD_PARAMS = ['tweet.fields', 'expansions', 'user.fields', 'media.fields', 'place.fields', 'poll.fields'];

const PARAMS: Record<ReadEndpoint, string[]> = {
  mentions: ['since_id', 'until_id', 'max_results', 'pagination_token', 'start_time', 'end_time', ...POST_FIELD_PARAMS],
  search: ['query', 'since_id', 'until_id', 'max_results', 'next_token', 'pagination_token', 'start_time', 'end_time', 'sort_order', ...POST_FIELD_PARAMS],
  // No since_id here: DM events are read back from the newest.
  dm_events: ['max_results', 'pagination_token', 'event_types', 'dm_event.fields', 'expansions', 'media.fields', 'user.fields', 'tweet.fields'],
};

const MAX_RESULTS: Record<ReadEndpoint, [number, number]> = { mentions: [5, 100], search: [10, 100], dm_events: [1, 100] };

const TWEET_FIELDS = ['article', 'attachments', 'author_id', 'card_uri', 'context_annotations', 'conversation_id', 'created_at', 'edit_controls',
  'edit_history_tweet_ids', 'entities', 'geo', 'id', 'in_reply_to_user_id', 'lang', 'non_public_metrics', 'note_tweet', 'organic_metrics',
  'possibly_sensitive', 'promoted_metrics', 'public_metrics', 'referenced_tweets', 'reply_settings', 'scopes', 'source', 'text', 'withheld'];
const POST_EXPANSIONS = ['attachments.media_keys', 'attachments.poll_ids', 'author_id', 'edit_history_tweet_ids', 'entities.mentions.username',
  'geo.place_id', 'in_reply_to_user_id', 'referenced_tweets.id', 'referenced_tweets.id.author_id'];
const DM_EVENT_FIELDS = ['attachments', 'created_at', 'dm_conversation_id', 'entities', 'event_type', 'id', 'participant_ids', 'referenced_tweets', 'sender_id', 'text'];
const DM_EXPANSIONS = ['attachments.media_keys', 'participant_ids', 'referenced_tweets.id', 'sender_id'];
const USER_FIELDS = ['created_at', 'description', 'entities', 'id', 'location', 'name', 'pinned_tweet_id', 'profile_image_url', 'protected',
  'public_metrics', 'url', 'username', 'verified', 'verified_type', 'withheld'];
const MEDIA_FIELDS = ['alt_text', 'duration_ms', 'height', 'media_key', 'preview_image_url', 'public_metrics', 'type', 'url', 'variants', 'width'];

function allowedValues(endpoint: ReadEndpoint, name: string): string[] | null {
  switch (name) {
    case 'tweet.fields': return TWEET_FIELDS;
    case 'expansions': return endpoint === 'dm_events' ? DM_EXPANSIONS : POST_EXPANSIONS;
    case 'dm_event.fields': return DM_EVENT_FIELDS;
    case 'user.fields': return USER_FIELDS;
    case 'media.fields': return MEDIA_FIELDS;
    case 'event_types': return ['MessageCreate', 'ParticipantsJoin', 'ParticipantsLeave'];
    default: return null;
  }
}

/** X's error message for the first bad parameter, or null when the request is acceptable. */
export function checkReadParams(endpoint: ReadEndpoint, query: URLSearchParams): string | null {
  const allowed = PARAMS[endpoint];
  for (const [name, value] of query) {
    if (!allowed.includes(name)) return `The query parameter [${name}] is not one of [${allowed.join(',')}]`;
    const values = allowedValues(endpoint, name);
    const bad = values ? value.split(',').find((v) => !values.includes(v)) : undefined;
    if (bad !== undefined) return `The \`${name}\` query parameter value [${bad}] is not one of [${values!.join(',')}]`;
  }
  for (const name of ['since_id', 'until_id']) {
    const id = query.get(name);
    if (id !== null && !/^\d{1,19}$/.test(id)) return `The \`${name}\` query parameter value [${id}] does not match ^[0-9]{1,19}$`;
  }
  const max = query.get('max_results');
  const [low, high] = MAX_RESULTS[endpoint];
  if (max !== null && !(/^\d{1,4}$/.test(max) && Number(max) >= low && Number(max) <= high)) {
    return `The \`max_results\` query parameter value [${max}] is not between ${low} and ${high}`;
  }
  if (endpoint === 'search') {
    const q = query.get('query');
    if (!q) return 'The `query` query parameter can not be empty';
    if (q.length > 512) return `The \`query\` query parameter value [${q.slice(0, 40)}…] is too long (the limit is 512 characters)`;
  }
  return null;
}
