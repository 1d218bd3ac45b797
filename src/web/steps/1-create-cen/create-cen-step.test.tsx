// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { basicEditionHandlers } from '../../test-support/mock-bff';
import { CEN_DESCRIPTION_RULE, CEN_NAME_RULE } from '../../../domain/cen';
import { bffRequest } from '../../../domain/plan/plan-runner';
import { attachCall, createCenCall } from '../../../domain/plan/setup-calls';
import { PROGRESS_KEY, progressStore } from '../../state/progress-store';
import { DEMO_ACCOUNTS, renderWithProviders, resetBrowserState } from '../../test-support/render';
import { CreateCenStep } from './create-cen-step';
import { chooseOption } from '../../test-support/select';

interface OpenApiBody {
  account: string;
  params: Record<string, unknown>;
}

const createBodies: OpenApiBody[] = [];
const attachBodies: OpenApiBody[] = [];
let attachedListCalls = 0;
let describeCalls = 0;
let listCalls = 0;

const server = setupServer(
  ...basicEditionHandlers,
  http.get('/api/accounts', () => HttpResponse.json(DEMO_ACCOUNTS)),
  http.post('/api/openapi/Cbn.CreateCen', async ({ request }) => {
    createBodies.push((await request.json()) as OpenApiBody);
    return HttpResponse.json({ RequestId: 'req-create-1', CenId: 'cen-7qthudw0ll6jmc1234' });
  }),
  http.post('/api/openapi/DescribeCens', async ({ request }) => {
    const body = (await request.json()) as OpenApiBody;
    if (!body.params.Filter) {
      // The adopt list: every CEN of Account A.
      listCalls += 1;
      return HttpResponse.json({
        RequestId: 'req-list',
        TotalCount: 1,
        PageNumber: 1,
        PageSize: 50,
        Cens: { Cen: [{ CenId: 'cen-existing00000000001', Name: 'StartedElsewhere', Status: 'Active' }] },
      });
    }
    describeCalls += 1;
    return HttpResponse.json({
      RequestId: `req-describe-${describeCalls}`,
      TotalCount: 1,
      PageNumber: 1,
      PageSize: 10,
      Cens: {
        Cen: [
          {
            CenId: 'cen-7qthudw0ll6jmc1234',
            Name: 'DifferentAccountDifferentRegion',
            Status: describeCalls < 2 ? 'Creating' : 'Active',
          },
        ],
      },
    });
  }),
);

const vpc = (VpcId: string, VpcName: string, RegionId: string, CidrBlock: string) => ({
  VpcId,
  VpcName,
  RegionId,
  Status: 'Available',
  CidrBlock,
});

server.use(
  http.post('/api/openapi/DescribeVpcs', async ({ request }) => {
    const body = (await request.json()) as OpenApiBody;
    const vpcs =
      body.account === 'A'
        ? [vpc('vpc-aqingdao1', 'A-Qingdao-VPC', 'cn-qingdao', '172.16.0.0/16')]
        : [vpc('vpc-bbeijing1', 'B-Beijing-VPC', 'cn-beijing', '192.168.0.0/16')];
    return HttpResponse.json({
      RequestId: 'r',
      TotalCount: 1,
      PageNumber: 1,
      PageSize: 50,
      Vpcs: { Vpc: vpcs },
    });
  }),
  http.post('/api/openapi/Cbn.AttachCenChildInstance', async ({ request }) => {
    attachBodies.push((await request.json()) as OpenApiBody);
    return HttpResponse.json({ RequestId: 'req-attach' });
  }),
  http.post('/api/openapi/DescribeCenAttachedChildInstances', () => {
    const children = attachBodies.map((b) => ({
      CenId: 'cen-7qthudw0ll6jmc1234',
      ChildInstanceId: String(b.params.ChildInstanceId),
      ChildInstanceType: 'VPC',
      ChildInstanceRegionId: String(b.params.ChildInstanceRegionId),
      ChildInstanceOwnerId: '1262302482727553',
      Status: attachedListCalls++ < 1 ? 'Attaching' : 'Attached',
    }));
    return HttpResponse.json({
      RequestId: 'r',
      TotalCount: children.length,
      PageNumber: 1,
      PageSize: 50,
      ChildInstances: { ChildInstance: children },
    });
  }),
);
const baseHandlers = server.listHandlers();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers(...baseHandlers));
afterAll(() => server.close());
beforeEach(() => {
  resetBrowserState();
  createBodies.length = 0;
  attachBodies.length = 0;
  attachedListCalls = 0;
  describeCalls = 0;
  listCalls = 0;
});

async function fillName(name: string) {
  const user = userEvent.setup();
  const field = screen.getByLabelText('Name');
  await user.clear(field);
  if (name) await user.type(field, name);
  return user;
}

describe('Step 1: Account A creates a CEN instance', () => {
  it('shows the name rule in plain words before anything is typed', () => {
    renderWithProviders(<CreateCenStep />);
    expect(screen.getByText(CEN_NAME_RULE)).toBeInTheDocument();
    expect(screen.getByLabelText('Description')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create CEN instance' })).toBeInTheDocument();
  });

  it('creates the CEN with a saved ClientToken, shows its ID and polls until Active', async () => {
    renderWithProviders(<CreateCenStep />);
    const user = await fillName('DifferentAccountDifferentRegion');
    await user.type(screen.getByLabelText('Description'), 'Tutorial CEN');
    await user.click(screen.getByRole('button', { name: 'Create CEN instance' }));

    expect(await screen.findByText('cen-7qthudw0ll6jmc1234')).toBeInTheDocument();
    expect(await screen.findByTestId('cen-status')).toHaveTextContent('Creating');
    await waitFor(() => expect(screen.getByTestId('cen-status')).toHaveTextContent('Active'), {
      timeout: 5000,
    });

    expect(createBodies).toHaveLength(1);
    const body = createBodies[0];
    expect(body?.account).toBe('A');
    expect(body?.params).toMatchObject({
      Name: 'DifferentAccountDifferentRegion',
      Description: 'Tutorial CEN',
    });
    const token = body?.params.ClientToken;
    expect(typeof token).toBe('string');
    const saved = JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}') as {
      cenId?: string;
      clientTokens?: Record<string, string>;
    };
    expect(saved.cenId).toBe('cen-7qthudw0ll6jmc1234');
    expect(Object.values(saved.clientTokens ?? {})).toContain(token);
    // The click sends the plan's own call for this form (setup-calls.ts), token and all: nothing built apart.
    const planned = createCenCall(
      { name: 'DifferentAccountDifferentRegion', description: 'Tutorial CEN' },
      progressStore.get().clientTokens,
    );
    expect(body).toEqual(bffRequest(planned).body);
    expect(progressStore.get().steps['1']?.status).toBe('finish');
  });

  it.each([
    ['one character', 'a'],
    ['a first digit', '1tutorial'],
    ['a first underscore', '_tutorial'],
    ['a non-ASCII letter', 'Tutorialé'],
    ['129 characters', `a${'b'.repeat(128)}`],
  ])('refuses a name with %s at the field, before any request', async (_case, name) => {
    renderWithProviders(<CreateCenStep />);
    const user = await fillName(name);
    await user.click(screen.getByRole('button', { name: 'Create CEN instance' }));
    const field = screen.getByLabelText('Name');
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    expect(within(screen.getByRole('alert')).getByText(CEN_NAME_RULE)).toBeInTheDocument();
    expect(createBodies).toHaveLength(0);
  });

  it('asks for a name when it is empty', async () => {
    renderWithProviders(<CreateCenStep />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Create CEN instance' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(CEN_NAME_RULE);
    expect(createBodies).toHaveLength(0);
  });

  it('refuses a description that starts with http://', async () => {
    renderWithProviders(<CreateCenStep />);
    const user = await fillName('Tutorial');
    await user.type(screen.getByLabelText('Description'), 'http://example.com');
    await user.click(screen.getByRole('button', { name: 'Create CEN instance' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(CEN_DESCRIPTION_RULE);
    expect(createBodies).toHaveLength(0);
  });

  it('shows the cloud error verbatim with RequestId and hint, and retries with the same ClientToken', async () => {
    let attempts = 0;
    server.use(
      http.post('/api/openapi/Cbn.CreateCen', async ({ request }) => {
        attempts += 1;
        createBodies.push((await request.json()) as OpenApiBody);
        if (attempts === 1) {
          return HttpResponse.json(
            {
              error: {
                code: 'Operation.Blocking',
                message: 'The operation is blocked.',
                requestId: 'A1B2C3D4-REQ',
                httpStatus: 400,
                source: 'cloud',
              },
            },
            { status: 400 },
          );
        }
        return HttpResponse.json({ RequestId: 'req-create-2', CenId: 'cen-7qthudw0ll6jmc1234' });
      }),
    );
    renderWithProviders(<CreateCenStep />);
    const user = await fillName('Tutorial');
    await user.click(screen.getByRole('button', { name: 'Create CEN instance' }));

    expect(await screen.findByTestId('error-code')).toHaveTextContent('Operation.Blocking');
    expect(screen.getByTestId('error-message')).toHaveTextContent('The operation is blocked.');
    expect(screen.getByTestId('error-request-id')).toHaveTextContent('A1B2C3D4-REQ');
    expect(screen.getByTestId('error-hint')).toHaveTextContent(/Retry in a few seconds/);
    expect(progressStore.get().steps['1']).toMatchObject({ status: 'error', reason: 'Operation.Blocking' });

    await user.click(screen.getByRole('button', { name: 'Create CEN instance' }));
    expect(await screen.findByText('cen-7qthudw0ll6jmc1234')).toBeInTheDocument();
    expect(createBodies).toHaveLength(2);
    expect(createBodies[1]?.params.ClientToken).toBe(createBodies[0]?.params.ClientToken);
  });

  it('after a lost answer, says the outcome is unknown and that retrying is safe', async () => {
    server.use(
      http.post('/api/openapi/Cbn.CreateCen', async ({ request }) => {
        createBodies.push((await request.json()) as OpenApiBody);
        return HttpResponse.json(
          {
            error: {
              code: 'NetworkError',
              message: 'Could not reach cbn.aliyuncs.com: Failed to fetch',
              httpStatus: 502,
              source: 'network',
            },
          },
          { status: 502 },
        );
      }),
    );
    renderWithProviders(<CreateCenStep />);
    const user = await fillName('Tutorial');
    await user.click(screen.getByRole('button', { name: 'Create CEN instance' }));
    expect(await screen.findByTestId('error-code')).toHaveTextContent('NetworkError');
    expect(screen.getByTestId('error-hint')).toHaveTextContent(
      /Retrying is safe for calls that create or buy: the same ClientToken is sent/,
    );
    expect(screen.getByText('the network: no answer came back from the cloud')).toBeInTheDocument();
  });

  it('shows a refused field from the BFF at that field', async () => {
    server.use(
      http.post('/api/openapi/Cbn.CreateCen', () =>
        HttpResponse.json(
          {
            error: {
              code: 'InvalidParameter',
              message: 'Name is invalid.',
              httpStatus: 400,
              source: 'bff',
              fields: { Name: 'Refused by the BFF.' },
            },
          },
          { status: 400 },
        ),
      ),
    );
    renderWithProviders(<CreateCenStep />);
    const user = await fillName('Tutorial');
    await user.click(screen.getByRole('button', { name: 'Create CEN instance' }));
    expect(await screen.findByText('Refused by the BFF.')).toBeInTheDocument();
    expect(screen.getByTestId('error-code')).toHaveTextContent('InvalidParameter');
  });

  it('resumes after a reload: a saved CEN ID shows its status from the cloud instead of the form', async () => {
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({
        version: 1,
        current: 0,
        cenId: 'cen-7qthudw0ll6jmc1234',
        clientTokens: {},
        steps: {},
      }),
    );
    progressStore.reload();
    describeCalls = 5; // the cloud already says Active
    renderWithProviders(<CreateCenStep />);
    expect(await screen.findByTestId('cen-status')).toHaveTextContent('Active');
    expect(screen.queryByRole('button', { name: 'Create CEN instance' })).not.toBeInTheDocument();
  });

  it('attaches Account A’s own network (Current Account) once the CEN is Active', async () => {
    renderWithProviders(<CreateCenStep />);
    const user = await fillName('DifferentAccountDifferentRegion');
    await user.click(screen.getByLabelText('Attach a network'));
    await user.click(screen.getByLabelText('Current Account'));
    await chooseOption(user, 'Region', 'China North 1 (Qingdao)');
    await chooseOption(user, 'Networks', /A-Qingdao-VPC/);
    await user.click(screen.getByRole('button', { name: 'Create CEN instance' }));
    await waitFor(() => expect(screen.getByTestId('cen-status')).toHaveTextContent('Active'), {
      timeout: 5000,
    });
    await waitFor(() => expect(screen.getByTestId('own-network-status')).toHaveTextContent('Attached'), {
      timeout: 5000,
    });
    expect(attachBodies).toHaveLength(1);
    expect(attachBodies[0]?.params).toEqual({
      CenId: 'cen-7qthudw0ll6jmc1234',
      ChildInstanceId: 'vpc-aqingdao1',
      ChildInstanceType: 'VPC',
      ChildInstanceRegionId: 'cn-qingdao',
    });
    const own = { owner: 'A', type: 'VPC', regionId: 'cn-qingdao', instanceId: 'vpc-aqingdao1' } as const;
    expect(attachBodies[0]).toEqual(bffRequest(attachCall(own, 'cen-7qthudw0ll6jmc1234', undefined)).body);
  });

  it('hands a Different Account network to steps 2–3 and explains that B must authorize first', async () => {
    renderWithProviders(<CreateCenStep />);
    const user = await fillName('DifferentAccountDifferentRegion');
    await user.click(screen.getByLabelText('Attach a network'));
    expect(screen.getByText(/Account B does that in step 2/)).toBeInTheDocument();
    await chooseOption(user, 'Region', 'China North 2 (Beijing)');
    await chooseOption(user, 'Networks', /B-Beijing-VPC/);
    await user.click(screen.getByRole('button', { name: 'Create CEN instance' }));
    expect(await screen.findByText('cen-7qthudw0ll6jmc1234')).toBeInTheDocument();
    expect(progressStore.get().network).toEqual({
      type: 'VPC',
      regionId: 'cn-beijing',
      instanceId: 'vpc-bbeijing1',
    });
    expect(attachBodies).toHaveLength(0);
  });

  it('asks for the region and network of the optional attachment when it is chosen', async () => {
    renderWithProviders(<CreateCenStep />);
    const user = await fillName('Tutorial');
    await user.click(screen.getByLabelText('Attach a network'));
    await user.click(screen.getByRole('button', { name: 'Create CEN instance' }));
    await waitFor(() =>
      expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
        'Choose a region.',
        'Choose a network.',
      ]),
    );
    expect(createBodies).toHaveLength(0);
  });

  it('adopts an existing CEN of Account A instead of creating one', async () => {
    renderWithProviders(<CreateCenStep />);
    const user = userEvent.setup();
    await screen.findByLabelText('Or use an existing CEN instance of Account A');
    await chooseOption(user, 'Or use an existing CEN instance of Account A', /StartedElsewhere/);
    await user.click(screen.getByRole('button', { name: 'Use this CEN' }));
    expect(await screen.findByText('cen-existing00000000001')).toBeInTheDocument();
    expect(progressStore.get().cenId).toBe('cen-existing00000000001');
    expect(createBodies).toHaveLength(0);
  });

  it('reads the adopt list only once the user goes to it, and says when Account A has no CEN yet', async () => {
    server.use(
      http.post('/api/openapi/DescribeCens', () => {
        listCalls += 1;
        return HttpResponse.json({
          RequestId: 'r',
          TotalCount: 0,
          PageNumber: 1,
          PageSize: 50,
          Cens: { Cen: [] },
        });
      }),
    );
    renderWithProviders(<CreateCenStep />);
    const user = await fillName('DifferentAccountDifferentRegion');
    const picker = await screen.findByLabelText('Or use an existing CEN instance of Account A');
    expect(listCalls).toBe(0);
    await user.click(picker);
    expect(await screen.findByText('Account A has no CEN instance yet.')).toBeInTheDocument();
    expect(listCalls).toBe(1);
    expect(screen.getByRole('button', { name: 'Use this CEN' })).toBeDisabled();
  });

  it('offers to start over when the saved CEN no longer exists', async () => {
    server.use(
      http.post('/api/openapi/DescribeCens', () =>
        HttpResponse.json({ RequestId: 'r', TotalCount: 0, PageNumber: 1, PageSize: 10, Cens: { Cen: [] } }),
      ),
    );
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ version: 1, current: 0, cenId: 'cen-gone', clientTokens: {}, steps: {} }),
    );
    progressStore.reload();
    renderWithProviders(<CreateCenStep />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Start over' }));
    expect(screen.getByRole('button', { name: 'Create CEN instance' })).toBeInTheDocument();
  });
});
