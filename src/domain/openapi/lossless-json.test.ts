import { parseJsonLossless, stringifyWithNumericKeys } from './lossless-json';

describe('lossless JSON for 16-digit UIDs', () => {
  it('keeps a UID above 2^53 exact', () => {
    const text = '{"ChildInstanceOwnerId":9263584710374521,"Bandwidth":8}';
    // The plain parser changes the last digit: the reason this module exists.
    expect(String((JSON.parse(text) as { ChildInstanceOwnerId: number }).ChildInstanceOwnerId)).not.toBe(
      '9263584710374521',
    );
    expect(parseJsonLossless(text)).toEqual({ ChildInstanceOwnerId: '9263584710374521', Bandwidth: 8 });
  });

  it('leaves safe integers, decimals and strings alone', () => {
    expect(
      parseJsonLossless(
        '{"a":1262302482727553,"b":1.5e3,"c":"12345678901234567890","d":[-9007199254740993]}',
      ),
    ).toEqual({
      a: 1262302482727553,
      b: 1500,
      c: '12345678901234567890',
      d: ['-9007199254740993'],
    });
  });

  it('writes chosen keys as bare JSON numbers, as the real API does', () => {
    const json = stringifyWithNumericKeys(
      { CenOwnerId: '9263584710374521', Name: '123' },
      new Set(['CenOwnerId']),
    );
    expect(json).toBe('{"CenOwnerId":9263584710374521,"Name":"123"}');
    expect(parseJsonLossless(json)).toEqual({ CenOwnerId: '9263584710374521', Name: '123' });
  });
});
