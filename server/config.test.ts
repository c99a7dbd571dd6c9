import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('has working defaults without any variable', () => {
    expect(loadConfig({})).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      databasePath: './data/courtside.db',
      sqliteSynchronous: 'FULL',
      maxMessageLength: 4000,
      replayLimit: 1000,
    });
  });

  it('reads each variable and accepts :memory:', () => {
    const config = loadConfig({ PORT: '5000', HOST: '0.0.0.0', DATABASE_PATH: ':memory:', REPLAY_LIMIT: '50', SQLITE_SYNCHRONOUS: 'normal' });
    expect(config).toMatchObject({ port: 5000, host: '0.0.0.0', databasePath: ':memory:', replayLimit: 50, sqliteSynchronous: 'NORMAL' });
  });

  it('refuses a bad value with a message that names the variable', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(ConfigError);
    expect(() => loadConfig({ REPLAY_LIMIT: 'lots' })).toThrow(/REPLAY_LIMIT/);
  });
});
