// The line a mock cloud process prints once it listens, and the one test-support/server-processes.ts waits for:
//   MOCK_CLOUD_READY {"url":"http://127.0.0.1:9000","accounts":[{"name":"A",…},{"name":"B",…}]}
// The accounts are the ones a BFF signs as: A and B, never the bystander C. mocks/standalone.ts and the load
// world's server (bench/load-mock.ts) print it; a sandbox hands out the same accounts for its own world.
import type { MockCloud } from './cloud/mock-cloud';

export interface SigningAccount {
  name: string;
  uid: string;
  accessKeyId: string;
  accessKeySecret: string;
}

/** The cloud's accounts A and B with their keys, in the world's order. */
export function signingAccounts(cloud: MockCloud): SigningAccount[] {
  return cloud.world.accounts
    .filter((a) => a.name === 'A' || a.name === 'B')
    .map((a) => ({
      name: a.name,
      uid: a.uid,
      accessKeyId: a.accessKeyId,
      accessKeySecret: a.accessKeySecret,
    }));
}

/** The ready line for a cloud served at `url`, with its newline. */
export function readyLine(url: string, cloud: MockCloud): string {
  return `MOCK_CLOUD_READY ${JSON.stringify({ url, accounts: signingAccounts(cloud) })}\n`;
}
