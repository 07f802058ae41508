import { expect, test } from '@playwright/test';
import { simulatorRouter } from '../../sandbox/connector/routes/route-table.ts';
import { startConnectorSimulator, type StartedConnectorSimulatorServer } from '../../sandbox/connector/server.ts';

// The simulator's route table, and what it answers where no route fits: the scenarios only ever call
// routes that exist, so nothing else would notice a route gone or a changed "not found".

test('the simulator routes every processor, page and control call it has', () => {
  expect(simulatorRouter().routes()).toEqual([
    { method: 'GET', pattern: '/health' },
    { method: 'PUT', pattern: '/v1/simulator/accounts/:account' },
    { method: 'POST', pattern: '/v1/simulator/faults' },
    { method: 'GET', pattern: '/v1/simulator/faults' },
    { method: 'DELETE', pattern: '/v1/simulator/faults' },
    { method: 'POST', pattern: '/v1/simulator/reset' },
    { method: 'POST', pattern: '/v1/simulator/webhooks' },
    { method: 'GET', pattern: '/v1/simulator/webhooks/sent' },
    { method: 'POST', pattern: '/v1/payments' },
    { method: 'GET', pattern: '/v1/payments/by-reference/:reference' },
    { method: 'GET', pattern: '/v1/payments/:payment_id' },
    { method: 'POST', pattern: '/v1/payments/:payment_id/capture' },
    { method: 'POST', pattern: '/v1/payments/:payment_id/void' },
    { method: 'POST', pattern: '/v1/payments/:payment_id/refunds' },
    { method: 'GET', pattern: '/v1/refunds/:refund_id' },
    { method: 'GET', pattern: '/challenge/:payment_id' },
    { method: 'POST', pattern: '/challenge/:payment_id' },
    { method: 'GET', pattern: '/challenge/:payment_id/frame' },
    { method: 'GET', pattern: '/challenge/:payment_id/acs' },
    { method: 'POST', pattern: '/challenge/:payment_id/acs' },
    { method: 'GET', pattern: '/redirect/:payment_id' },
    { method: 'POST', pattern: '/redirect/:payment_id' },
  ]);
});

test.describe('where no route fits', () => {
  let simulator: StartedConnectorSimulatorServer;
  test.beforeAll(async () => {
    simulator = await startConnectorSimulator();
  });
  test.afterAll(async () => {
    await simulator.stop();
  });

  const answer = async (method: string, path: string) => {
    const response = await fetch(`${simulator.url}${path}`, { method });
    return { status: response.status, body: (await response.json()) as unknown };
  };
  const notFound = (method: string, path: string) => ({
    status: 404,
    body: { error: { code: 'not_found', message: `${method} ${path} is not a simulator route` } },
  });

  test('an unknown path and a method a path does not take are both "not_found"', async () => {
    expect(await answer('GET', '/v1/charges')).toEqual(notFound('GET', '/v1/charges'));
    expect(await answer('DELETE', '/v1/simulator/faults/all')).toEqual(notFound('DELETE', '/v1/simulator/faults/all'));
    expect(await answer('GET', '/v1/simulator/reset')).toEqual(notFound('GET', '/v1/simulator/reset'));
  });

  test('on a payment, an unknown payment is "resource_missing" before the path is judged', async () => {
    const missing = { status: 404, body: { error: { code: 'resource_missing', message: 'No such payment: sim_nope' } } };
    expect(await answer('DELETE', '/v1/payments/sim_nope')).toEqual(missing);
    expect(await answer('GET', '/v1/payments/sim_nope/capture')).toEqual(missing);
    expect(await answer('PUT', '/challenge/sim_nope/acs')).toEqual(missing);
    expect(await answer('PUT', '/redirect/sim_nope')).toEqual(missing);
    expect(await answer('GET', '/redirect/sim_nope/extra')).toEqual(notFound('GET', '/redirect/sim_nope/extra'));
  });
});
