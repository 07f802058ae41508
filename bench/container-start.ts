import { closeContainerRun, openContainerRun } from '../fixtures/internal/connector-simulator/container-run.ts';
import { containerRuntimeAnswers, startConnectorSimulatorForTests } from '../fixtures/internal/connector-simulator/start.ts';
import { claimSlotContainer } from '../fixtures/internal/connector-simulator/worker-slot.ts';
import { runCommandLine } from '../helpers/configuration/command-line.ts';

// Connector simulator start times: the image build (cold, or found by its content hash), a container
// start with the image cached (target <= 2 s), a worker taking over its slot's running container
// (what every worker after a slot's first pays), and the process fallback for comparison.

runCommandLine({
  command: 'node bench/container-start.ts',
  describe: [['(no arguments)', 'connector simulator image build and start times: container, slot container taken over, process (target <= 2 s per start)']],
  options: {},
});

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await fn();
  console.log(`container-start: ${label}: ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return result;
}

// What a worker taking over its slot's container no longer pays: testcontainers' import and the engine's info.
const runtime = await timed('testcontainers import and engine check', () => containerRuntimeAnswers());
if (runtime.ok) {
  // Imported only now, so the figure above includes testcontainers' import (this module imports it too).
  const { ensureConnectorImage } = await import('../fixtures/internal/connector-simulator/build-image.ts');
  const build = await timed('image ready', () => ensureConnectorImage());
  console.log(`container-start: image ${build.image} ${build.built ? 'was built now' : 'was already cached'}`);
  for (let i = 1; i <= 3; i++) {
    const simulator = await timed(`container start #${i} (image cached)`, () => startConnectorSimulatorForTests('require'));
    await simulator.stop();
  }
  // A run of the bench's own, as global setup opens one for a test run; its end removes its container.
  const run = openContainerRun(build.image, {});
  try {
    await timed('slot container, first worker (starts it)', () => claimSlotContainer(run, 0, { asyncSettleDelayMs: 300 }));
    for (let i = 1; i <= 3; i++) {
      const claimed = await timed(`slot container taken over #${i} (health check and reset)`, () => claimSlotContainer(run, 0, { asyncSettleDelayMs: 300 }));
      if (!claimed.reused) throw new Error("the slot's running container was not taken over");
    }
  } finally {
    await timed('run end (removes the slot container)', () => closeContainerRun(run));
  }
} else {
  console.log(`container-start: no container runtime (${runtime.why}); container figures skipped`);
}
for (let i = 1; i <= 2; i++) {
  const simulator = await timed(`process start #${i}`, () => startConnectorSimulatorForTests('off'));
  await simulator.stop();
}
