import { ensureConnectorImage } from '../fixtures/connector-simulator/build-image.ts';
import { containerRuntimeAnswers, startConnectorSimulatorForTests } from '../fixtures/connector-simulator/start.ts';
import { runCommandLine } from '../helpers/command-line.ts';

// Connector simulator start times: the image build (cold, or found by its content hash), a container
// start with the image cached (target <= 2 s), and the process fallback for comparison.

runCommandLine({ command: 'node bench/container-start.ts', describe: [['(no arguments)', 'connector simulator image build and start times, container and process (target <= 2 s per start)']], options: {} });

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await fn();
  console.log(`container-start: ${label}: ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return result;
}

const runtime = await containerRuntimeAnswers();
if (runtime.ok) {
  const build = await timed('image ready', () => ensureConnectorImage());
  console.log(`container-start: image ${build.image} ${build.built ? 'was built now' : 'was already cached'}`);
  for (let i = 1; i <= 3; i++) {
    const simulator = await timed(`container start #${i} (image cached)`, () => startConnectorSimulatorForTests('require'));
    await simulator.stop();
  }
} else {
  console.log(`container-start: no container runtime (${runtime.why}); container figures skipped`);
}
for (let i = 1; i <= 2; i++) {
  const simulator = await timed(`process start #${i}`, () => startConnectorSimulatorForTests('off'));
  await simulator.stop();
}
