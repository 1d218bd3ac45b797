// The shape of a training scenario file (scenarios are data, one file each; sandbox contract, mock side): a
// trainer adds one JSON file under mocks/scenarios/training/ without touching code. The starting state is
// a base seed from the TS catalogue (demo, after-step-N, or a drill) plus declarative changes applied in order.
import { z } from 'zod';
import { faultRuleSchema } from '../cloud/faults';
import { parseCidr } from '../../src/domain/cidr';

const bilingual = z
  .object({
    en: z.string().trim().min(1, { error: 'English text is empty' }),
    zh: z.string().trim().min(1, { error: 'Chinese text is empty' }),
  })
  .strict();
export type Bilingual = z.infer<typeof bilingual>;

const cidr = z
  .string()
  .refine((s) => parseCidr(s) !== null, { error: 'not an IPv4 CIDR block like 10.0.0.0/16' });
const ip = z.string().regex(/^(\d{1,3}\.){3}\d{1,3}$/, { error: 'not an IPv4 address' });
/** An account by name; C is the bystander tenant of the demo world. */
const account = z.enum(['A', 'B', 'C']);

export const STEP_NAMES = ['cen', 'grant', 'attach', 'package', 'associate', 'limit', 'ping'] as const;
export type StepName = (typeof STEP_NAMES)[number];

const ruleSpec = z
  .object({
    direction: z.enum(['ingress', 'egress']).default('ingress'),
    ipProtocol: z.enum(['TCP', 'UDP', 'ICMP', 'ALL']),
    portRange: z.string().optional(),
    sourceCidrIp: cidr.optional(),
    destCidrIp: cidr.optional(),
    policy: z.enum(['Accept', 'Drop']).default('Accept'),
    priority: z.number().int().min(1).max(100).default(1),
    description: z.string().optional(),
  })
  .strict();
export type RuleSpecInput = z.infer<typeof ruleSpec>;

/** One declarative change to the seed, applied in order after the seed is built. */
export const changeSchema = z.discriminatedUnion('kind', [
  /** A fault rule (faults.ts), e.g. Operation.Blocking on the next two attaches, or a dropped answer. */
  z.object({ kind: z.literal('fault'), rule: faultRuleSchema }).strict(),
  /** Transition duration for this sandbox (Creating → Active …). */
  z
    .object({
      kind: z.literal('delay'),
      ms: z
        .number()
        .int()
        .min(0)
        .max(10 * 60_000),
    })
    .strict(),
  /** GrantInstanceToCen as the VPC's owner, through the simulator. cen: a CEN name, or a literal cen- ID. */
  z
    .object({
      kind: z.literal('grant'),
      vpc: z.string().min(1),
      cen: z.string().min(1),
      cenOwner: z.union([
        account,
        z.string().regex(/^\d{16}$/, { error: 'an account name or a 16-digit UID' }),
      ]),
    })
    .strict(),
  /** Re-addresses a VPC (a starting state only: the API cannot change a VPC's CIDR). */
  z
    .object({
      kind: z.literal('cidr'),
      vpc: z.string().min(1),
      cidr,
      /** New vSwitch CIDRs, in the VPC's vSwitch order. */
      vSwitches: z.array(cidr).min(1).optional(),
      /** Instance name → new private IP. */
      instanceIps: z.record(z.string(), ip).optional(),
    })
    .strict(),
  /** Adds or removes a security-group rule (remove matches direction + protocol, and source CIDR if given). */
  z
    .object({
      kind: z.literal('securityGroupRule'),
      group: z.string().min(1),
      op: z.enum(['add', 'remove']),
      rule: ruleSpec,
    })
    .strict(),
  /** A new VPC with one vSwitch, optionally an ECS instance whose security group accepts ICMP from icmpFrom. */
  z
    .object({
      kind: z.literal('vpc'),
      owner: account,
      region: z.string().min(1),
      name: z.string().min(1),
      cidr,
      vSwitch: cidr,
      instance: z
        .object({ name: z.string().min(1), ip, icmpFrom: z.array(cidr).default([]) })
        .strict()
        .optional(),
    })
    .strict(),
  /**
   * Whether an account can still use Basic Edition (AttachCenChildInstance, SetCenInterRegionBandwidthLimit):
   * false plays a new account of today's cloud (docs/reference/cen-api.md §8.8; mocks/FIDELITY.md §8).
   */
  z.object({ kind: z.literal('basicEdition'), account, available: z.boolean() }).strict(),
  /**
   * Whether an account's transit-router service is on (docs/reference/enterprise-edition.md §2 step 0). A starting
   * state only when false: the API opens it for good, so "off" plays an account that never opened it.
   */
  z.object({ kind: z.literal('transitService'), account, open: z.boolean() }).strict(),
  /**
   * One more vSwitch in a VPC, in the named zone of the VPC's region (Vpc CreateVSwitch as the VPC's owner). The
   * mock's zones of a region are those of its vSwitches (ListTransitRouterAvailableResource).
   */
  z
    .object({
      kind: z.literal('vSwitch'),
      vpc: z.string().min(1),
      zone: z.string().regex(/^[a-z]+(-[a-z0-9]+)+-[a-z]$/, { error: 'a zone ID like "cn-beijing-c"' }),
      cidr,
      name: z.string().min(1).optional(),
    })
    .strict(),
  /**
   * Any catalogue action as an account, through the simulator. String params may hold references resolved at
   * build time: ${cen:Name} ${vpc:Name} ${sg:Name} ${instance:Name} ${package:Name} ${uid:A}, and for Enterprise
   * Edition ${vsw:Name} ${routeTable:VpcName} (the VPC's System table) ${tr:RegionId} (the tutorial CEN's router
   * there) ${trTable:RegionId} (its System table) ${trAttachment:VpcName} ${peerAttachment:RegionId} (the
   * connection of the router in that region).
   */
  z
    .object({
      kind: z.literal('call'),
      as: account,
      action: z
        .string()
        .regex(/^(Cbn|Vpc|Ecs)\.[A-Za-z]+$/, { error: 'Product.Action, e.g. "Cbn.CreateCen"' }),
      params: z.record(z.string(), z.unknown()).default({}),
    })
    .strict(),
]);
export type ScenarioChange = z.infer<typeof changeSchema>;

const direction = z.enum(['A->B', 'B->A']);

/** Checked by GET /_mock/sandboxes/:id/progress; every criterion given must hold. */
export const successSchema = z
  .object({
    /** ECS in one account can ping ECS in the other (the simulator's ping verdict). */
    connectivity: z.array(direction).min(1).optional(),
    /** These tutorial steps are done (progress.ts says what each means). */
    steps: z.array(z.enum(STEP_NAMES)).min(1).optional(),
    /** The tutorial's inter-region limit (between the two ECS regions) is Active and within these Mbps. */
    limit: z
      .object({ min: z.number().int().min(1).optional(), max: z.number().int().min(1).optional() })
      .strict()
      .optional(),
    /** No two bandwidth packages of the CEN owner for the same pair of areas (the lost "buy" answer). */
    noDuplicatePackages: z.boolean().optional(),
    /** No two CENs of Account A with the tutorial CEN's name (a lost CreateCen answer). */
    noDuplicateCens: z.boolean().optional(),
    /** No grant of B's points at a CEN ID + owner UID pair that is no CEN (wrong owner UID left behind). */
    noStrayGrants: z.boolean().optional(),
    /**
     * Enterprise Edition: every VPC attachment of the tutorial CEN maps two zones where its region has several
     * (docs/reference/enterprise-edition.md §2 step 5: the router keeps a network interface in each; one zone's
     * outage then leaves the other).
     */
    twoZones: z.boolean().optional(),
  })
  .strict()
  .refine((s) => Object.values(s).some((v) => v !== undefined && v !== false), {
    error: 'at least one success criterion',
  });
export type SuccessCriteria = z.infer<typeof successSchema>;

/** What a file author says should go wrong first; the scenario test checks it happens. */
export const symptomSchema = z
  .object({
    /** A call the trainee will make, and the error code it must answer (tried up to `tries` times). */
    call: z
      .object({
        as: account,
        action: z
          .string()
          .regex(/^(Cbn|Vpc|Ecs)\.[A-Za-z]+$/, { error: 'Product.Action, e.g. "Cbn.CreateCen"' }),
        params: z.record(z.string(), z.unknown()).default({}),
        tries: z.number().int().min(1).max(50).default(1),
      })
      .strict()
      .optional(),
    /** The code the call answers, or "dropped" for a lost answer. */
    code: z.string().min(1).optional(),
    /** Pings that fail in the starting state. */
    unreachable: z.array(direction).min(1).optional(),
    /** VPCs (by name) whose vSwitches are all in one zone while their region has several. */
    oneZone: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict()
  .refine((s) => (s.call === undefined) === (s.code === undefined), {
    error: 'call and code go together',
  });

/** One call of the documented fix, as the account the last hint names; params may hold ${kind:Name} references. */
const fixCallSchema = z
  .object({
    as: account,
    action: z.string().regex(/^(Cbn|Vpc|Ecs)\.[A-Za-z]+$/, { error: 'Product.Action, e.g. "Cbn.CreateCen"' }),
    params: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();
export type FixCall = z.infer<typeof fixCallSchema>;

const action = z
  .string()
  .regex(/^(Cbn|Vpc|Ecs)\.[A-Za-z]+$/, { error: 'Product.Action, e.g. "Vpc.GrantInstanceToCen"' });
const mbps = z.number().int().min(1).max(10000);

/**
 * One thing a trainee does in the console's step screens to win the scenario; e2e/training.spec.ts plays them
 * through the UI, so a new file gets a Playwright spec without code. Names are the seed's resource names.
 */
export const consoleMoveSchema = z.discriminatedUnion('do', [
  /** Step 1: create the tutorial's CEN, with Account A's own VPC attached (Current Account). */
  z.object({ do: z.literal('createCen') }).strict(),
  /** Step 1: "Or use an existing CEN instance of Account A" — the CEN of that name. */
  z
    .object({ do: z.literal('adoptCen'), cen: z.string().min(1).default('DifferentAccountDifferentRegion') })
    .strict(),
  /** Step 2, as Account B: grant this network to the CEN (or use the grant it already has). */
  z.object({ do: z.literal('authorize'), network: z.string().min(1) }).strict(),
  /** Step 3: attach B's network. */
  z.object({ do: z.literal('attach'), network: z.string().min(1) }).strict(),
  /** Step 4: buy a package for the attached regions' areas (and let the console associate it). */
  z.object({ do: z.literal('buyPackage'), mbps: mbps.min(2).default(8) }).strict(),
  /** Step 5: this many Mbps between the first two attached regions. */
  z.object({ do: z.literal('setLimit'), mbps: mbps.default(5) }).strict(),
  /**
   * A one-call fix the console offers, sent after its confirmation: the preflight of step 3 or 5 (about network,
   * if named) or the path check of step 6 (between the instances of the next "ping").
   */
  z
    .object({
      do: z.literal('fix'),
      step: z.union([z.literal(3), z.literal(5), z.literal(6)]),
      call: action,
      network: z.string().min(1).optional(),
    })
    .strict(),
  /**
   * Enterprise Edition: the console's saved choices of step 1 (the tutorial CEN, A's and B's VPC, the edition),
   * written as step 1 would have saved them, then the page reloaded — step 1 on Enterprise Edition cannot adopt an
   * existing CEN yet, and a scenario that starts past it needs them.
   */
  z
    .object({
      do: z.literal('resumeEnterprise'),
      cen: z.string().min(1).default('DifferentAccountDifferentRegion'),
      a: z.string().min(1).default('A-Qingdao-VPC'),
      b: z.string().min(1).default('B-Beijing-VPC'),
    })
    .strict(),
  /**
   * Enterprise step 1: turn this account's transit-router service on, after the confirmation the screen asks for
   * (docs/reference/enterprise-edition.md §2 step 0), until it shows On.
   */
  z.object({ do: z.literal('eeOpenService'), side: z.enum(['A', 'B']) }).strict(),
  /**
   * Enterprise step 2, as Account B: revoke B's grant of its VPC to this CEN under an owner UID that is not A's
   * (RevokeInstanceFromTransitRouter, after the confirmation), until the screen no longer reports it.
   */
  z.object({ do: z.literal('eeRevokeGrant') }).strict(),
  /** Enterprise step 2, as Account B: "Grant to the CEN" with A's UID, until the grant is listed as this CEN's. */
  z.object({ do: z.literal('eeGrant') }).strict(),
  /**
   * Enterprise step 3, by the VPC's owner: the vSwitch the screen proposes in the router's other zone (Vpc
   * CreateVSwitch on the first free /24, after the confirmation), so that the attachment can map two zones.
   */
  z.object({ do: z.literal('eeAddVSwitch'), side: z.enum(['A', 'B']) }).strict(),
  /** Enterprise step 3: attach one side's VPC to its region's router on the preselected vSwitch, until Attached. */
  z.object({ do: z.literal('eeAttach'), side: z.enum(['A', 'B']) }).strict(),
  /** Enterprise step 3: "Associate and propagate" one side's VPC attachment, until both links are Active. */
  z.object({ do: z.literal('eeLink'), side: z.enum(['A', 'B']) }).strict(),
  /** Enterprise step 4: pay the inter-region connection by data transfer (nothing to buy). */
  z.object({ do: z.literal('eePayByDataTransfer') }).strict(),
  /** Enterprise step 5: the peer attachment between the two routers, linked on both System tables, until Active. */
  z.object({ do: z.literal('eeConnect'), mbps: mbps.default(2) }).strict(),
  /** Enterprise step 5: one side's route toward its own attachment (the owner's CreateRouteEntry), until Available. */
  z.object({ do: z.literal('eeRoute'), side: z.enum(['A', 'B']) }).strict(),
  /** Step 6: pick one instance per side and run the active ping test both ways. */
  z
    .object({
      do: z.literal('ping'),
      a: z.string().min(1).default('a-qingdao-ecs'),
      b: z.string().min(1).default('b-beijing-ecs'),
    })
    .strict(),
]);
export type ConsoleMove = z.infer<typeof consoleMoveSchema>;

/** How the scenario is won in the console: what a trainee who follows the hints does, in order. */
export const solutionSchema = z
  .object({
    /** Error codes a patient trainee answers by sending the same request again (Operation.Blocking, Throttling.User). */
    retryOn: z.array(z.string().min(1)).default([]),
    moves: z.array(consoleMoveSchema).min(1, { error: 'at least one move' }),
  })
  .strict();
export type Solution = z.infer<typeof solutionSchema>;

/** The tutorial itself, from the demo world: the solution of a file that gives none. */
export const TUTORIAL_SOLUTION: Solution = solutionSchema.parse({
  moves: [
    { do: 'createCen' },
    { do: 'authorize', network: 'B-Beijing-VPC' },
    { do: 'attach', network: 'B-Beijing-VPC' },
    { do: 'buyPackage' },
    { do: 'setLimit' },
    { do: 'ping' },
  ],
});

export const trainingScenarioSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'kebab-case, like "happy-path"' }),
    /**
     * The tutorial's path: "enterprise" plays it on transit routers (docs/reference/enterprise-edition.md), and its
     * starting state must refuse Basic Edition to Account A (checked when the file is loaded).
     */
    edition: z.enum(['basic', 'enterprise']).default('basic'),
    title: bilingual,
    goal: bilingual,
    start: z
      .object({
        /** A TS seed from scenarios/catalogue.ts: demo, after-step-1…5, or a drill. Checked against the list. */
        seed: z.string().min(1),
        changes: z.array(changeSchema).default([]),
      })
      .strict(),
    whatGoesWrong: bilingual,
    hints: z
      .array(bilingual)
      .min(1, { error: 'at least 1 hint level' })
      .superRefine((hints, ctx) => {
        if (hints.length > 3) ctx.addIssue({ code: 'custom', path: [3], message: 'at most 3 hint levels' });
      }),
    success: successSchema,
    symptom: symptomSchema.optional(),
    /**
     * The fix the last hint documents, as calls from the starting state, in order; the scenario test sends them
     * (transitions settled after each) and checks that the symptom is gone.
     */
    fix: z.array(fixCallSchema).min(1, { error: 'at least one call' }).optional(),
    /** How to win it in the console (default: the tutorial's six steps, TUTORIAL_SOLUTION). */
    solution: solutionSchema.optional(),
  })
  .strict();
export type TrainingScenario = z.infer<typeof trainingScenarioSchema>;

/** "hints[3].en" from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}
