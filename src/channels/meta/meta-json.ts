// Meta's own JSON serialisation: non-ASCII as lowercase \uXXXX escapes and "/" as "\/".

/**
 * Meta's deliveries are ASCII-only JSON: "Ž" arrives as "\u017d", an emoji as its surrogate
 * pair "\ud83d\ude00", and slashes as "\/" (its samples show "https:\/\/www.facebook.com").
 * The signature covers exactly these bytes, so the emulator and the tests sign what this builds.
 * https://developers.facebook.com/docs/graph-api/webhooks/getting-started#validate-payloads
 */
export function toMetaJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\//g, '\\/');
}
