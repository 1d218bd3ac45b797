import { ConfigError, inProcessMock, readEnv } from './env';

describe('configuration', () => {
  it('defaults to the mock cloud on 127.0.0.1:8080', () => {
    const env = readEnv({});
    expect(env).toMatchObject({ cloud: 'mock', host: '127.0.0.1', port: 8080 });
    expect(env.accounts.A.signature).toBe('v3');
  });

  it('runs the mock cloud in this server unless the cloud is live or an endpoint points at a mock of its own', () => {
    expect(inProcessMock(readEnv({}))).toBe(true);
    expect(inProcessMock(readEnv({ CEN_CONNECT_ENDPOINT_CBN: 'http://127.0.0.1:9000' }))).toBe(false);
    expect(inProcessMock(readEnv({ CEN_CONNECT_CLOUD: 'live' }))).toBe(false);
  });

  it('names the variable that is wrong', () => {
    expect(() => readEnv({ PORT: 'eighty' })).toThrow(/PORT: /);
    expect(() => readEnv({ CEN_CONNECT_CLOUD: 'prod' })).toThrow(/CEN_CONNECT_CLOUD/);
    expect(() => readEnv({ CEN_CONNECT_B_UID: '12ab' })).toThrow(
      /CEN_CONNECT_B_UID: must be the account UID/,
    );
    expect(() => readEnv({ CEN_CONNECT_A_SIGNATURE: 'v2' })).toThrow(/CEN_CONNECT_A_SIGNATURE/);
    expect(() => readEnv({ CEN_CONNECT_ENDPOINT_CBN: 'not a url' })).toThrow(/CEN_CONNECT_ENDPOINT_CBN/);
  });

  it("reads the mock cloud's state file, and refuses it where there is no in-process mock", () => {
    expect(readEnv({ CEN_CONNECT_STATE_FILE: 'var/mock.json' }).stateFile).toBe('var/mock.json');
    expect(readEnv({}).stateFile).toBeUndefined();
    expect(() => readEnv({ CEN_CONNECT_STATE_FILE: 'm.json', CEN_CONNECT_CLOUD: 'live' })).toThrow(
      /CEN_CONNECT_STATE_FILE: keeps the mock cloud's state/,
    );
    expect(() =>
      readEnv({ CEN_CONNECT_STATE_FILE: 'm.json', CEN_CONNECT_ENDPOINT_CBN: 'http://127.0.0.1:9000' }),
    ).toThrow(/CEN_CONNECT_STATE_FILE: keeps the state of the mock cloud inside this server/);
  });

  it('refuses to listen beyond loopback without an access token', () => {
    expect(() => readEnv({ HOST: '0.0.0.0' })).toThrow(ConfigError);
    expect(() => readEnv({ HOST: '0.0.0.0' })).toThrow(/CEN_CONNECT_ACCESS_TOKEN/);
    expect(readEnv({ HOST: '0.0.0.0', CEN_CONNECT_ACCESS_TOKEN: 'x'.repeat(32) }).host).toBe('0.0.0.0');
  });

  it('reads per-account credentials and treats empty variables as unset', () => {
    const env = readEnv({
      CEN_CONNECT_B_ACCESS_KEY_ID: 'LTAIb',
      CEN_CONNECT_B_ACCESS_KEY_SECRET: 's',
      CEN_CONNECT_A_UID: '',
    });
    expect(env.accounts.B).toMatchObject({ accessKeyId: 'LTAIb', accessKeySecret: 's' });
    expect(env.accounts.A.uid).toBeUndefined();
  });

  it('reads training mode, the sandbox idle time, the class bounds and the trainer token, and names them when wrong', () => {
    expect(readEnv({})).toMatchObject({ training: '0', sandboxIdleMinutes: 120 });
    expect(
      readEnv({
        CEN_CONNECT_TRAINING: '1',
        CEN_CONNECT_SANDBOX_IDLE_MINUTES: '30',
        CEN_CONNECT_TRAINER_TOKEN: 't'.repeat(16),
      }),
    ).toMatchObject({ training: '1', sandboxIdleMinutes: 30, trainerToken: 't'.repeat(16) });
    expect(() => readEnv({ CEN_CONNECT_TRAINING: 'yes' })).toThrow(/CEN_CONNECT_TRAINING: /);
    expect(() => readEnv({ CEN_CONNECT_SANDBOX_IDLE_MINUTES: '0' })).toThrow(
      /CEN_CONNECT_SANDBOX_IDLE_MINUTES/,
    );
    expect(() => readEnv({ CEN_CONNECT_TRAINER_TOKEN: 'short' })).toThrow(
      /CEN_CONNECT_TRAINER_TOKEN: must be/,
    );
    expect(readEnv({ CEN_CONNECT_CLASS_SIZE: '80', CEN_CONNECT_SANDBOXES_PER_CLIENT: '80' })).toMatchObject({
      classSize: 80,
      sandboxesPerClient: 80,
    });
    expect(() => readEnv({ CEN_CONNECT_CLASS_SIZE: '0' })).toThrow(/CEN_CONNECT_CLASS_SIZE: /);
    expect(() => readEnv({ CEN_CONNECT_SANDBOXES_PER_CLIENT: '201' })).toThrow(
      /CEN_CONNECT_SANDBOXES_PER_CLIENT: /,
    );
    expect(() => readEnv({ CEN_CONNECT_TRAINING: '1', CEN_CONNECT_CLOUD: 'live' })).toThrow(
      /CEN_CONNECT_TRAINING: training mode runs on the mock cloud only/,
    );
    expect(() => readEnv({ CEN_CONNECT_TRAINING: '1', CEN_CONNECT_CONTROL: '0' })).toThrow(
      /CEN_CONNECT_TRAINING: .*control API/,
    );
  });

  it('allows test sandboxes (decision 0004) only on the mock cloud with its control API and without training', () => {
    expect(readEnv({}).testSandboxes).toBe('0');
    expect(readEnv({ CEN_CONNECT_TEST_SANDBOXES: '1' }).testSandboxes).toBe('1');
    expect(() => readEnv({ CEN_CONNECT_TEST_SANDBOXES: 'yes' })).toThrow(/CEN_CONNECT_TEST_SANDBOXES: /);
    expect(() => readEnv({ CEN_CONNECT_TEST_SANDBOXES: '1', CEN_CONNECT_CLOUD: 'live' })).toThrow(
      /CEN_CONNECT_TEST_SANDBOXES: test sandboxes exist on the mock cloud only/,
    );
    expect(() => readEnv({ CEN_CONNECT_TEST_SANDBOXES: '1', CEN_CONNECT_CONTROL: '0' })).toThrow(
      /CEN_CONNECT_TEST_SANDBOXES: .*control API/,
    );
    expect(() => readEnv({ CEN_CONNECT_TEST_SANDBOXES: '1', CEN_CONNECT_TRAINING: '1' })).toThrow(
      /CEN_CONNECT_TEST_SANDBOXES: training mode/,
    );
  });
});
