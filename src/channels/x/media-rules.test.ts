import { describe, expect, it } from 'vitest';
import { checkXAttachments, mediaCategoryOf, mediaKindOf } from './media-rules.ts';
import { xLimits } from './limits.ts';

const MB = 1024 * 1024;
const file = (name: string, mimeType: string, size = 200_000) => ({ name, mimeType, size });

describe('which files X carries', () => {
  it('takes up to four images on a post, and declares four as the most a post carries', () => {
    const photos = ['a.jpg', 'b.png', 'c.webp', 'd.jpg'].map((n) => file(n, n.endsWith('.png') ? 'image/png' : n.endsWith('.webp') ? 'image/webp' : 'image/jpeg'));
    expect(checkXAttachments(photos, 'public')).toBeNull();
    expect(checkXAttachments([...photos, file('e.jpg', 'image/jpeg')], 'public')).toBe('an X post carries up to 4 images');
    expect(xLimits.maxAttachments).toEqual({ public: 4, private: 1 });
    expect(xLimits.checkAttachments).toBe(checkXAttachments);
  });

  it('takes one GIF or one video on a post only on its own', () => {
    expect(checkXAttachments([file('dance.gif', 'image/gif')], 'public')).toBeNull();
    expect(checkXAttachments([file('clip.mp4', 'video/mp4')], 'public')).toBeNull();
    expect(checkXAttachments([file('dance.gif', 'image/gif'), file('a.jpg', 'image/jpeg')], 'public'))
      .toBe('an X post carries one GIF or one video on its own, or up to 4 images');
    expect(checkXAttachments([file('a.mp4', 'video/mp4'), file('b.mp4', 'video/mp4')], 'public')).toContain('one GIF or one video');
  });

  it('takes one file per DM', () => {
    expect(checkXAttachments([file('a.jpg', 'image/jpeg')], 'private')).toBeNull();
    expect(checkXAttachments([file('clip.mp4', 'video/mp4')], 'private')).toBeNull();
    expect(checkXAttachments([file('a.jpg', 'image/jpeg'), file('b.jpg', 'image/jpeg')], 'private')).toContain('one file');
  });

  it('refuses types X has no media kind for, naming the file', () => {
    expect(checkXAttachments([file('label.pdf', 'application/pdf')], 'public'))
      .toBe('X carries images (JPEG, PNG, WEBP), GIFs and MP4 video; label.pdf is application/pdf');
    expect(checkXAttachments([file('note.txt', 'text/plain')], 'private')).toContain('note.txt is text/plain');
    expect(checkXAttachments([file('voice.mp3', 'audio/mpeg')], 'private')).toContain('audio/mpeg');
  });

  it('holds each kind to X\'s size cap: images 5 MB, GIFs 15 MB, video 512 MB', () => {
    expect(checkXAttachments([file('big.jpg', 'image/jpeg', 5 * MB)], 'public')).toBeNull();
    expect(checkXAttachments([file('big.jpg', 'image/jpeg', 5 * MB + 1)], 'public')).toBe('X takes images up to 5 MB; big.jpg is 5 MB');
    expect(checkXAttachments([file('big.png', 'image/png', 7.5 * MB)], 'private')).toBe('X takes images up to 5 MB; big.png is 7.5 MB');
    expect(checkXAttachments([file('long.gif', 'image/gif', 15 * MB)], 'public')).toBeNull();
    expect(checkXAttachments([file('long.gif', 'image/gif', 16 * MB)], 'public')).toContain('GIFs up to 15 MB');
    expect(checkXAttachments([file('film.mp4', 'video/mp4', 513 * MB)], 'public')).toContain('videos up to 512 MB');
  });

  it('names each upload\'s use as X\'s media_category for posts and DMs', () => {
    expect(mediaKindOf('IMAGE/JPEG')).toBe('image');
    expect(mediaKindOf('image/svg+xml')).toBeNull();
    expect(mediaCategoryOf('image', 'public')).toBe('tweet_image');
    expect(mediaCategoryOf('gif', 'private')).toBe('dm_gif');
    expect(mediaCategoryOf('video', 'public')).toBe('amplify_video');
    expect(mediaCategoryOf('video', 'private')).toBe('dm_video');
  });
});
