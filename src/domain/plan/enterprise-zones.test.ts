import {
  checkZoneChoices,
  defaultZoneChoices,
  routerZones,
  singleZoneRisk,
  zonesWanted,
  type VSwitchOption,
  type ZoneChoice,
} from './enterprise-zones';

const vsw = (vSwitchId: string, zoneId: string, freeIps?: number): VSwitchOption => ({
  vSwitchId,
  zoneId,
  freeIps,
});

/** The user's choice of one zone and its vSwitch, as the step-3 form hands it over. */
const chose = (zoneId: string, vSwitchId: string): ZoneChoice => ({ zoneId, vSwitchId });

const TWO_ZONES = [
  vsw('vsw-b1', 'cn-beijing-b', 20),
  vsw('vsw-b2', 'cn-beijing-b', 200),
  vsw('vsw-c', 'cn-beijing-c', 50),
];

describe('the zones of a transit-router VPC attachment', () => {
  it('wants two zones where the region has several, one where it has one', () => {
    expect(zonesWanted(['cn-beijing-b', 'cn-beijing-c'])).toBe(2);
    expect(zonesWanted(['cn-qingdao-b'])).toBe(1);
    // The router's zones when read; else the VPC's.
    expect(routerZones(TWO_ZONES, ['cn-beijing-h', 'cn-beijing-b'])).toEqual([
      'cn-beijing-b',
      'cn-beijing-h',
    ]);
    expect(routerZones(TWO_ZONES, undefined)).toEqual(['cn-beijing-b', 'cn-beijing-c']);
  });

  it('preselects two zones, each with its vSwitch of most free IPs, the roomiest zone first', () => {
    const zones = ['cn-beijing-b', 'cn-beijing-c'];
    expect(defaultZoneChoices(TWO_ZONES, zones)).toEqual([
      chose('cn-beijing-b', 'vsw-b2'),
      chose('cn-beijing-c', 'vsw-c'),
    ]);
    expect(checkZoneChoices(defaultZoneChoices(TWO_ZONES, zones), TWO_ZONES, zones)).toEqual([]);
    // One zone in the region: one mapping.
    expect(defaultZoneChoices([vsw('vsw-q', 'cn-qingdao-b', 251)], ['cn-qingdao-b'])).toEqual([
      chose('cn-qingdao-b', 'vsw-q'),
    ]);
  });

  it('never preselects a vSwitch with no free IP, and refuses one chosen', () => {
    const full = [vsw('vsw-b1', 'cn-beijing-b', 0), vsw('vsw-c', 'cn-beijing-c', 9)];
    const zones = ['cn-beijing-b', 'cn-beijing-c'];
    expect(defaultZoneChoices(full, zones)).toEqual([chose('cn-beijing-c', 'vsw-c')]);
    expect(
      checkZoneChoices([chose('cn-beijing-c', 'vsw-c'), chose('cn-beijing-b', 'vsw-b1')], full, zones),
    ).toEqual([{ kind: 'no-free-ip', index: 1, vSwitchId: 'vsw-b1' }]);
    // The only other zone is full: one zone is all there is, and the screen says what that risks.
    expect(checkZoneChoices([chose('cn-beijing-c', 'vsw-c')], full, zones)).toEqual([]);
    expect(singleZoneRisk([chose('cn-beijing-c', 'vsw-c')], full, zones)).toBe(true);
    expect(
      singleZoneRisk([chose('cn-qingdao-b', 'vsw-q')], [vsw('vsw-q', 'cn-qingdao-b', 3)], ['cn-qingdao-b']),
    ).toBe(false);
  });

  it('asks for a second zone when the VPC has one to give, and refuses the same zone twice', () => {
    const zones = ['cn-beijing-b', 'cn-beijing-c'];
    expect(checkZoneChoices([chose('cn-beijing-b', 'vsw-b2')], TWO_ZONES, zones)).toEqual([
      { kind: 'second-zone-needed', zoneIds: ['cn-beijing-c'] },
    ]);
    expect(
      checkZoneChoices([chose('cn-beijing-b', 'vsw-b2'), chose('cn-beijing-b', 'vsw-b1')], TWO_ZONES, zones),
    ).toEqual([{ kind: 'same-zone', index: 1, zoneId: 'cn-beijing-b' }]);
  });

  it('names a vSwitch that is not the VPC’s, a zone the router cannot use, and an empty choice', () => {
    expect(checkZoneChoices([], TWO_ZONES, ['cn-beijing-b'])).toEqual([{ kind: 'none-chosen' }]);
    expect(checkZoneChoices([chose('cn-beijing-b', 'vsw-nope')], TWO_ZONES, ['cn-beijing-b'])).toEqual([
      { kind: 'unknown-vswitch', index: 0, vSwitchId: 'vsw-nope' },
    ]);
    expect(checkZoneChoices([chose('cn-beijing-c', 'vsw-c')], TWO_ZONES, ['cn-beijing-b'])).toEqual([
      { kind: 'zone-unavailable', index: 0, zoneId: 'cn-beijing-c' },
    ]);
  });
});
