import { describe, expect, it } from 'vitest';
import { checkSearchQuery, MAX_QUERY_LENGTH } from './search-query.ts';

const sent = (query: string) => {
  const check = checkSearchQuery(query);
  return check.isPassable ? check.query : `skipped: ${check.reason}`;
};

describe('which listening queries go to X recent search', () => {
  it('passes words, phrases, OR, exclusions, #tags and @handles, grouped, reposts excluded', () => {
    expect(sent('norda refund')).toBe('(norda refund) -is:retweet');
    expect(sent('"lost luggage" OR #NordaAir OR @NordaAir -giveaway')).toBe('("lost luggage" OR #NordaAir OR @NordaAir -giveaway) -is:retweet');
    expect(sent('(bagāža OR багаж) norda -"lucky draw"')).toBe('((bagāža OR багаж) norda -"lucky draw") -is:retweet');
    expect(sent("  don't   wi-fi AT&T ")).toBe("(don't wi-fi AT&T) -is:retweet");
    // Lower-case "or" is a word in both languages.
    expect(sent('late or cancelled')).toBe('(late or cancelled) -is:retweet');
  });

  it('skips Parley-only syntax with the reason', () => {
    expect(sent('refund AND norda')).toMatch(/AND is Parley syntax/);
    expect(sent('NOT norda')).toMatch(/NOT is Parley syntax/);
    expect(sent('refund*')).toMatch(/prefix search/);
    expect(sent('~nordaair')).toMatch(/fuzzy/);
    expect(sent('norda lang:lv')).toMatch(/"lang:lv" is an operator/);
    expect(sent('“lost luggage”')).toMatch(/not a plain word|curly quotes/);
  });

  it('skips what X itself would refuse', () => {
    expect(sent('-giveaway -spam')).toMatch(/only of negated terms/);
    expect(sent('norda -(spam OR giveaway)')).toMatch(/negated group/);
    expect(sent('OR norda')).toMatch(/OR needs a term on each side/);
    expect(sent('norda OR')).toMatch(/OR needs a term on each side/);
    expect(sent('(norda')).toMatch(/never closed/);
    expect(sent('norda)')).toMatch(/closes nothing/);
    expect(sent('"norda')).toMatch(/never closed/);
    expect(sent('   ')).toMatch(/empty/);
    expect(sent('norda <script>')).toMatch(/not a plain word/);
    expect(sent('word '.repeat(110))).toMatch(new RegExp(`${MAX_QUERY_LENGTH}-character`));
  });
});
