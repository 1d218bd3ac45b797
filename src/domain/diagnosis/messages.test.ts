import { placeholdersOf } from '../fill-placeholders';
import { en, formatMessage, MESSAGES, zhCN, type MessageKey } from './messages';

describe('message tables', () => {
  const keys = Object.keys(en) as MessageKey[];

  it('zh-CN has every key with the same placeholders as English', () => {
    expect(Object.keys(zhCN).sort()).toEqual([...keys].sort());
    const mismatched = keys.filter((k) => placeholdersOf(en[k]).join() !== placeholdersOf(zhCN[k]).join());
    expect(mismatched).toEqual([]);
  });

  it('every zh-CN sentence is actually Chinese (characters, or at least Chinese punctuation)', () => {
    expect(keys.filter((k) => !/[\u4e00-\u9fff\uff08\uff09\uff0c\uff1a\u3001\u3002]/.test(zhCN[k]))).toEqual(
      [],
    );
    expect(keys.filter((k) => zhCN[k] === en[k])).toEqual([]);
  });

  it('the web’s locales map to the tables', () => {
    expect(MESSAGES.en).toBe(en);
    expect(MESSAGES.zh).toBe(zhCN);
  });
});

describe('formatMessage', () => {
  it('renders regions and areas in the reader’s language, with the region ID', () => {
    const msg = {
      key: 'preflight.areas.buy.fix' as const,
      params: { localArea: { area: 'china' }, oppositeArea: { area: 'north-america' } },
    };
    expect(formatMessage(msg, 'en')).toBe(
      'In step 4, buy a bandwidth package for the areas Mainland China ↔ North America.',
    );
    expect(formatMessage(msg, 'zh')).toBe('在第 4 步购买互通区域为 中国大陆 ↔ 北美 的带宽包。');
    expect(
      formatMessage({ key: 'path.region.sameRegion', params: { local: { region: 'cn-qingdao' } } }, 'en'),
    ).toBe('Both networks are in China North 1 (Qingdao) [cn-qingdao]: no region connection is needed.');
  });

  it('renders nested messages and lists, and leaves a missing placeholder visible', () => {
    const inner = {
      key: 'preflight.package' as const,
      params: { pkg: 'cenbwp-1', areaA: { area: 'china' }, areaB: { area: 'europe' } },
    };
    expect(
      formatMessage(
        { key: 'preflight.span.ok', params: { spans: { list: ['a_b', { message: inner }] } } },
        'en',
      ),
    ).toBe('Each pair of areas has one package: a_b, cenbwp-1 (Mainland China ↔ Europe).');
    expect(formatMessage({ key: 'preflight.span.ok', params: { spans: { list: [] } } }, 'zh')).toBe(
      '每对互通区域各有一个带宽包：—。',
    );
    expect(formatMessage({ key: 'path.attach.missing' }, 'en')).toBe('{vpc} is not attached to {cen}.');
  });
});
