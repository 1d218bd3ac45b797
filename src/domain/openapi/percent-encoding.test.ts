import {
  canonicalUri,
  percentEncode,
  signEncodeFromWire,
  toFormString,
  wireEncode,
} from './percent-encoding';

describe('percentEncode (strings to sign, RFC 3986)', () => {
  it.each([
    [' ', '%20'],
    ['*', '%2A'],
    ['~', '~'],
    ['/', '%2F'],
    ['+', '%2B'],
    ['=', '%3D'],
    ['&', '%26'],
    ["!'()", '%21%27%28%29'],
    ['%7E', '%257E'],
    ['2023-03-13T08:34:30Z', '2023-03-13T08%3A34%3A30Z'],
    ['你', '%E4%BD%A0'],
    ['🚀', '%F0%9F%9A%80'],
    ['AZaz09-_.', 'AZaz09-_.'],
    ['', ''],
  ])('%j → %s', (raw, encoded) => {
    expect(percentEncode(raw)).toBe(encoded);
  });

  it('derives the signing form from the wire form', () => {
    expect(signEncodeFromWire(wireEncode("a*b'c"))).toBe('a%2Ab%27c');
    // The regex is global: repeated calls must not carry lastIndex over.
    expect(signEncodeFromWire('x*')).toBe('x%2A');
    expect(signEncodeFromWire('*')).toBe('%2A');
  });
});

describe('wireEncode and toFormString (URL query and form body, like querystring.stringify)', () => {
  it("leaves !'()*~ literal and writes a space as %20, never +", () => {
    expect(wireEncode("a b!'()*~+")).toBe("a%20b!'()*~%2B");
  });

  it('keeps insertion order and encodes keys too', () => {
    expect(toFormString({ 'Tag.1.Key': 'k v', Name: '中', 'a b': '' })).toBe(
      'Tag.1.Key=k%20v&Name=%E4%B8%AD&a%20b=',
    );
    expect(toFormString({})).toBe('');
  });
});

describe('canonicalUri', () => {
  it('applies the SDK replacements once each', () => {
    expect(canonicalUri('/')).toBe('/');
    expect(canonicalUri('/a+b*c%7Ed+e')).toBe('/a%20b%2Ac~d+e');
  });
});
