import { expect, test as base } from '@playwright/test';
import { GatewayClient } from '../../helpers/gateway-client/index.ts';
import { payWithCard } from '../../helpers/cards/card-data.ts';
import { testCards } from '../../helpers/cards/test-cards.ts';
import { startConnectorSimulator } from '../../sandbox/connector/server.ts';
import { startSandboxStack } from '../../sandbox/stack.ts';
import { ensureConnectorImage } from '../../fixtures/internal/connector-simulator/build-image.ts';
import { closeContainerRun, openContainerRun, RUN_LABEL, type ContainerRun } from '../../fixtures/internal/connector-simulator/container-run.ts';
import { containerRuntimeAnswers } from '../../fixtures/internal/connector-simulator/start.ts';
import { claimSlotContainer, connectorSimulatorForWorker } from '../../fixtures/internal/connector-simulator/worker-slot.ts';

// A worker slot's connector container outlives its worker: the slot's next worker takes it over,
// clean, or gets a fresh one when it died; the run's end removes the run's containers and no other.

const settle = { asyncSettleDelayMs: 300 };

async function runContainers(run: ContainerRun): Promise<string[]> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  const client = await getContainerRuntimeClient();
  const listed = await client.container.dockerode.listContainers({ all: true, filters: { label: [`${RUN_LABEL}=${run.id}`] } });
  return listed.map((container) => container.Id);
}

const pendingFaults = async (url: string) => ((await (await fetch(`${url}/v1/simulator/faults`)).json()) as { pending: unknown[] }).pending;

// A run of the test's own; its end must leave none of its containers.
const test = base.extend<{ run: ContainerRun }>({
  run: async ({}, use) => {
    const runtime = await containerRuntimeAnswers();
    test.skip(!runtime.ok, `no container runtime here (${runtime.ok ? '' : runtime.why})`);
    const run = openContainerRun((await ensureConnectorImage()).image, {});
    await use(run);
    await closeContainerRun(run);
    expect(await runContainers(run), "the run's end left none of its containers").toEqual([]);
  },
});

test.describe('connector container per worker slot', () => {
  test("the slot's next worker takes over its container with no fault of the previous one", async ({ run }) => {
    const first = await claimSlotContainer(run, 0, settle);
    expect(first.reused).toBe(false);
    const fault = await fetch(`${first.url}/v1/simulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fail: 500 }),
    });
    expect(fault.status).toBe(200);
    expect(await pendingFaults(first.url)).toHaveLength(1);
    await first.release();

    const next = await claimSlotContainer(run, 0, settle);
    expect(next).toMatchObject({ reused: true, url: first.url, mode: 'container' });
    expect(await pendingFaults(next.url), "the previous worker's fault is gone").toEqual([]);
    expect(await runContainers(run)).toHaveLength(1);
  });

  test('a sandbox merchant registers its connector accounts and pays on a simulator that already has accounts', async ({ run }) => {
    for (const round of [1, 2]) {
      const simulator = await claimSlotContainer(run, 0, settle);
      expect(simulator.reused).toBe(round === 2);
      const stack = await startSandboxStack({ connectorUrl: simulator.url });
      try {
        const client = new GatewayClient({ baseUrl: stack.gatewayUrl, merchantId: stack.credentials.merchant_id, apiKey: stack.credentials.api_key });
        const payment = await client.payments.create({ amount: 1200, currency: 'USD', confirm: true, ...payWithCard(testCards.visa) });
        expect(payment).toMatchObject({ status: 'succeeded', amount_received: 1200 });
      } finally {
        await stack.stop();
        await simulator.release();
      }
    }
  });

  test('a slot whose container was killed gets a fresh one, found by the health check', async ({ run }) => {
    const first = await claimSlotContainer(run, 0, settle);
    await first.kill();
    const next = await claimSlotContainer(run, 0, settle);
    expect(next.reused).toBe(false);
    expect(await (await fetch(`${next.url}/health`)).json()).toEqual({ status: 'ok' });
    expect(await runContainers(run)).toHaveLength(1);
  });

  test('a slot whose container died on its own gets a fresh one, and the dead one is removed', async ({ run }) => {
    await claimSlotContainer(run, 0, settle);
    const [deadId] = await runContainers(run);
    const { getContainerRuntimeClient } = await import('testcontainers');
    await (await getContainerRuntimeClient()).container.dockerode.getContainer(deadId!).kill();
    const next = await claimSlotContainer(run, 0, settle);
    expect(next.reused).toBe(false);
    expect(await (await fetch(`${next.url}/health`)).json()).toEqual({ status: 'ok' });
    expect(await runContainers(run), 'only the fresh one is left').not.toContain(deadId);
    expect(await runContainers(run)).toHaveLength(1);
  });

  test('a slot never takes another simulator that now listens at its recorded address', async ({ run }) => {
    const zero = await claimSlotContainer(run, 0, settle);
    await zero.kill();
    // As when another worker's new simulator is given the dead one's port.
    const intruder = await startConnectorSimulator({ port: Number(new URL(zero.url).port), instance: 'another-slot' });
    try {
      const next = await claimSlotContainer(run, 0, settle);
      expect(next.reused).toBe(false);
      expect(next.url).not.toBe(zero.url);
    } finally {
      await intruder.stop();
    }
  });

  test('two slots never share a container', async ({ run }) => {
    const [zero, one] = await Promise.all([claimSlotContainer(run, 0, settle), claimSlotContainer(run, 1, settle)]);
    expect(one.url).not.toBe(zero.url);
    expect(await runContainers(run)).toHaveLength(2);
  });

  test("the run's end removes its own containers and leaves another run's alone", async ({ run }) => {
    const other = openContainerRun(run.image, {});
    try {
      await claimSlotContainer(run, 0, settle);
      await claimSlotContainer(other, 0, settle);
      expect(await closeContainerRun(run)).toBe(1);
      expect(await runContainers(run)).toEqual([]);
      expect(await runContainers(other), 'the other run keeps its container').toHaveLength(1);
    } finally {
      await closeContainerRun(other);
    }
  });
});

base('GOLIVE_CONTAINERS=off keeps a simulator process per worker, stopped when the worker releases it', async () => {
  const simulator = await connectorSimulatorForWorker('off', 0, settle);
  expect(simulator).toMatchObject({ mode: 'process', reason: 'GOLIVE_CONTAINERS=off' });
  expect(await (await fetch(`${simulator.url}/health`)).json()).toEqual({ status: 'ok' });
  await simulator.release();
  await expect(fetch(`${simulator.url}/health`), 'released, the process is gone').rejects.toThrow();
});
