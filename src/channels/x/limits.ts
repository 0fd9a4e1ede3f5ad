// How long a message may be on X (posts by twitter-text's weighted count, DMs by characters) and how many files it carries.
//
// Posts: 280 weighted characters, counted by twitter-text's parseTweet with its v3 config (the
// library X publishes for exactly this): text is NFC-normalised, code points in U+0000–U+10FF,
// U+2000–U+200D, U+2010–U+201F and U+2032–U+2037 weigh 1 (Latin, Cyrillic, Turkish, Latvian),
// everything else 2 (CJK, most symbols), each emoji sequence 2, and every URL 23 whatever its
// length. https://docs.x.com/fundamentals/counting-characters
// DMs: "up to 10,000 characters" (POST /2/dm_conversations/with/:participant_id/messages).
import twitterText from 'twitter-text';
import type { ChannelLimits } from '../channel-adapter.ts';
import { checkXAttachments, MAX_IMAGES_PER_POST } from './media-rules.ts';

export const MAX_POST_WEIGHT = 280;
export const MAX_DIRECT_MESSAGE_LENGTH = 10_000;

/** X's weighted length of a post. */
export function weightedLength(text: string): number {
  return twitterText.parseTweet(text).weightedLength;
}

export const xLimits: ChannelLimits = {
  maxLength: { public: MAX_POST_WEIGHT, private: MAX_DIRECT_MESSAGE_LENGTH },
  count: (text, visibility) => (visibility === 'public' ? weightedLength(text) : Array.from(text).length),
  // Up to 4 images on a post (fewer for GIFs and video, see media-rules.ts), one file on a DM.
  maxAttachments: { public: MAX_IMAGES_PER_POST, private: 1 },
  checkAttachments: checkXAttachments,
};
