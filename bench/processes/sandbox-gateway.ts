import { startConnectorSimulatorForTests, type StartedConnectorSimulator } from '../../fixtures/internal/connector-simulator/start.ts';
import { startSandboxStack } from '../../sandbox/stack.ts';

// The sandbox gateway alone in a process of its own, so the load generator in
// bench/lifecycle-throughput.ts does not share its event loop. The connector simulator runs as the
// test projects run it, in a process of its own ("process", the default), or inside the gateway's
// ("in-process", as `npm run sandbox` has it). No storefront and no merchant webhook URL: the figures
// are the API's. Prints one JSON line, stops on SIGTERM.
const mode = process.argv[2] === 'in-process' ? 'in-process' : 'process';
const connector: StartedConnectorSimulator | null = mode === 'process' ? await startConnectorSimulatorForTests('off') : null;
const stack = await startSandboxStack(connector ? { connectorUrl: connector.url } : {});
console.log(JSON.stringify({ gateway_url: stack.gatewayUrl, api_key: stack.credentials.api_key, connector_mode: stack.connectorMode }));
const stop = () => {
  void stack
    .stop()
    .then(() => connector?.stop())
    .then(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
