import { expect, test } from '@playwright/test';
import { containerRuntimeAnswers, startConnectorSimulatorForTests } from '../../fixtures/internal/connector-simulator/start.ts';

test('when a container runtime answers, the connector simulator runs in a container and serves its API', async () => {
  const runtime = await containerRuntimeAnswers();
  test.skip(!runtime.ok, `no container runtime here (${runtime.ok ? '' : runtime.why}); the process fallback is covered below`);
  const simulator = await startConnectorSimulatorForTests('auto');
  try {
    expect(simulator.mode).toBe('container');
    expect(await (await fetch(`${simulator.url}/health`)).json()).toEqual({ status: 'ok' });
  } finally {
    await simulator.stop();
  }
});

test('GOLIVE_CONTAINERS=off runs the same simulator as a local process', async () => {
  const simulator = await startConnectorSimulatorForTests('off');
  try {
    expect(simulator).toMatchObject({ mode: 'process', reason: 'GOLIVE_CONTAINERS=off' });
    expect(await (await fetch(`${simulator.url}/health`)).json()).toEqual({ status: 'ok' });
  } finally {
    await simulator.stop();
  }
});
