// One Enterprise-Edition run driven through the BFF's HTTP API (POST /api/openapi/:action): the domain's plan for
// the world (test-support/enterprise-walk-plan.ts, planEnterpriseSetup) sent call by call in its order, each as
// bffRequest builds it (the console's one request path), each write that waits polled with its waitFor until its
// status is final (docs/reference/enterprise-edition.md §2). An output (CenId, a router, a route table, an
// attachment) goes into the later calls where the plan holds its placeholder; a write that takes a ClientToken gets
// one of this run's. The bench's API-driven figure for "cloud calls per full run" on Enterprise Edition.
import { bffRequest, checkWait, readOutput, waitRequest } from '../src/domain/plan/plan-runner';
import { PLACEHOLDER, type OutputName, type Plan, type PlannedCall } from '../src/domain/plan/plan-types';
import type { ApiCall } from './tutorial-run';
import { RunError } from './tutorial-run';

export interface EnterpriseRunOptions {
  /** Part of every ClientToken, so two runs never share one. */
  tag: string;
  /** Wait between polls of a status that is not final yet. */
  pollMs?: number;
  /** Give up on a status after this many polls. */
  maxPolls?: number;
}

/** Every placeholder of a known output replaced by its value, anywhere in the call (params, refs' targets, waits). */
function resolve<T>(value: T, outputs: Partial<Record<OutputName, string>>): T {
  let text = JSON.stringify(value);
  for (const [output, id] of Object.entries(outputs) as [OutputName, string][])
    text = text.split(PLACEHOLDER[output]).join(id);
  return JSON.parse(text) as T;
}

/** Runs the plan; returns the actions sent, in order (writes, the plan's reads and every poll). */
export async function enterpriseApiRun(
  api: ApiCall,
  plan: Plan,
  options: EnterpriseRunOptions,
): Promise<string[]> {
  const pollMs = options.pollMs ?? 20;
  const maxPolls = options.maxPolls ?? 200;
  const outputs: Partial<Record<OutputName, string>> = {};
  const sent: string[] = [];

  async function post(action: string, body: Record<string, unknown>): Promise<unknown> {
    sent.push(action);
    const answer = await api(action, body);
    if (answer.status !== 200)
      throw new RunError(`${action} → ${answer.status} ${JSON.stringify(answer.json).slice(0, 300)}`);
    return answer.json;
  }

  for (const [i, planned] of plan.calls.entries()) {
    let call: PlannedCall = resolve(planned, outputs);
    if (call.clientToken && !call.clientToken.value) {
      const token = `${options.tag}-${i}`;
      call = {
        ...call,
        params: { ...call.params, ClientToken: token },
        clientToken: { ...call.clientToken, value: token },
      };
    }
    // A check the plan counts as done (its answer is in the input) is still a call the run makes.
    const request = bffRequest({ ...call, status: 'pending' });
    const answer = await post(request.action, request.body);
    const output = readOutput(call, answer);
    if (output) outputs[output.output] = output.value;
    else if (call.produces)
      throw new RunError(`${call.key} answered without ${call.produces.field} (${call.produces.output}).`);
    if (!call.waitFor) continue;
    const waitFor = resolve(call.waitFor, outputs);
    const poll = waitRequest(waitFor);
    for (let n = 1; ; n++) {
      const seen = checkWait(waitFor, await post(poll.action, poll.body));
      if (seen.settled) break;
      if (n >= maxPolls)
        throw new RunError(
          `${call.key}: ${waitFor.poll} still says ${seen.observed} after ${maxPolls} polls`,
        );
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }
  return sent;
}
