import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  authorizationHeader, expectedSignature, hmacSha1Signature, oauthParameters, parseAuthorizationHeader,
  percentEncode, signatureBaseString,
} from './oauth1.ts';

// The worked example of X's "Creating a signature" page
// (https://docs.x.com/fundamentals/authentication/oauth-1-0a/creating-a-signature). Its documented
// signature, hCtSmYh+iHYCEqBWrE7C7hYmtUk=, was computed on the page's original host, api.twitter.com.
const DOC = {
  credentials: {
    consumerKey: 'xvz1evFS4wEEPTGEFPHBog',
    consumerSecret: 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw',
    accessToken: '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb',
    accessTokenSecret: 'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE',
  },
  request: {
    method: 'POST',
    url: 'https://api.twitter.com/1.1/statuses/update.json?include_entities=true',
    formParams: { status: 'Hello Ladies + Gentlemen, a signed OAuth request!' },
  },
  overrides: { nonce: 'kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg', timestamp: 1318622958 },
};

describe('percentEncode (RFC 3986, as RFC 5849 §3.6 requires)', () => {
  it('keeps only unreserved characters bare', () => {
    expect(percentEncode('AZaz09-._~')).toBe('AZaz09-._~');
  });

  it('encodes the characters encodeURIComponent leaves bare', () => {
    expect(percentEncode("!*'()")).toBe('%21%2A%27%28%29');
  });

  it('encodes reserved characters and UTF-8 bytes with upper-case hex', () => {
    expect(percentEncode('Ladies + Gentlemen')).toBe('Ladies%20%2B%20Gentlemen');
    expect(percentEncode('Dogs, Cats & Mice')).toBe('Dogs%2C%20Cats%20%26%20Mice');
    expect(percentEncode('☃')).toBe('%E2%98%83');
    expect(percentEncode('Ђ')).toBe('%D0%82');
  });
});

describe('the signature base string', () => {
  it("matches X's documented base string", () => {
    const protocol = Object.entries(oauthParameters(DOC.request, DOC.credentials, DOC.overrides))
      .filter(([k]) => k !== 'oauth_signature');
    expect(signatureBaseString(DOC.request, protocol)).toBe(
      'POST&https%3A%2F%2Fapi.twitter.com%2F1.1%2Fstatuses%2Fupdate.json&include_entities%3Dtrue%26oauth_consumer_key%3Dxvz1evFS4wEEPTGEFPHBog%26oauth_nonce%3DkYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1318622958%26oauth_token%3D370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb%26oauth_version%3D1.0%26status%3DHello%2520Ladies%2520%252B%2520Gentlemen%252C%2520a%2520signed%2520OAuth%2520request%2521',
    );
  });

  it('matches the example of RFC 5849 §3.4.1.1 (repeated names, empty values, encoded query)', () => {
    const request = {
      method: 'post',
      url: 'http://EXAMPLE.com:80/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b',
      formParams: { c2: '', a3: '2 q' },
    };
    const protocol: [string, string][] = [
      ['oauth_consumer_key', '9djdj82h48djs9d2'], ['oauth_token', 'kkk9d7dh3k39sjv7'],
      ['oauth_signature_method', 'HMAC-SHA1'], ['oauth_timestamp', '137131201'], ['oauth_nonce', '7d8f3e4a'],
    ];
    expect(signatureBaseString(request, protocol)).toBe(
      'POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7',
    );
  });

  it('leaves a JSON body out: a v2 post is signed on its URL and oauth_* parameters alone', () => {
    const protocol: [string, string][] = [['oauth_nonce', 'n'], ['oauth_timestamp', '1']];
    const base = signatureBaseString({ method: 'POST', url: 'https://api.x.com/2/tweets' }, protocol);
    expect(base).toBe('POST&https%3A%2F%2Fapi.x.com%2F2%2Ftweets&oauth_nonce%3Dn%26oauth_timestamp%3D1');
  });
});

describe('the HMAC-SHA1 signature and the Authorization header', () => {
  it("reproduces X's documented signature", () => {
    expect(oauthParameters(DOC.request, DOC.credentials, DOC.overrides).oauth_signature).toBe('hCtSmYh+iHYCEqBWrE7C7hYmtUk=');
  });

  it("reproduces X's documented header, every value percent-encoded and quoted", () => {
    expect(authorizationHeader(DOC.request, DOC.credentials, DOC.overrides)).toBe(
      'OAuth oauth_consumer_key="xvz1evFS4wEEPTGEFPHBog", oauth_nonce="kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg", oauth_signature="hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D", oauth_signature_method="HMAC-SHA1", oauth_timestamp="1318622958", oauth_token="370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb", oauth_version="1.0"',
    );
  });

  it('keys the HMAC with both secrets percent-encoded and joined by "&"', () => {
    expect(hmacSha1Signature('base', 'a&b', 'c d')).toBe(createHmac('sha1', 'a%26b&c%20d').update('base').digest('base64'));
  });

  it('uses a fresh alphanumeric nonce and the current time when none is given', () => {
    const request = { method: 'POST', url: 'https://api.x.com/2/tweets' };
    const a = oauthParameters(request, DOC.credentials);
    const b = oauthParameters(request, DOC.credentials);
    expect(a.oauth_nonce).toMatch(/^[A-Za-z0-9]{32,}$/);
    expect(a.oauth_nonce).not.toBe(b.oauth_nonce);
    expect(Math.abs(Number(a.oauth_timestamp) - Date.now() / 1000)).toBeLessThan(5);
  });

  it('lets a server recompute the signature from the header it received', () => {
    const request = { method: 'POST', url: 'http://127.0.0.1:4000/2/dm_conversations/with/42/messages' };
    const received = parseAuthorizationHeader(authorizationHeader(request, DOC.credentials))!;
    expect(expectedSignature(request, received, DOC.credentials.consumerSecret, DOC.credentials.accessTokenSecret)).toBe(received.oauth_signature);
    expect(expectedSignature(request, received, DOC.credentials.consumerSecret, 'wrong')).not.toBe(received.oauth_signature);
    expect(expectedSignature({ ...request, url: 'http://127.0.0.1:4000/2/tweets' }, received, DOC.credentials.consumerSecret, DOC.credentials.accessTokenSecret))
      .not.toBe(received.oauth_signature);
  });

  it('refuses a header that is not OAuth', () => {
    expect(parseAuthorizationHeader('Bearer abc')).toBeNull();
    expect(parseAuthorizationHeader(undefined)).toBeNull();
    expect(parseAuthorizationHeader('OAuth oauth_nonce="%E0%A4%A"')).toBeNull();
  });
});
