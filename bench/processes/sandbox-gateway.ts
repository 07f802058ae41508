import { startSandboxStack } from '../../sandbox/stack.ts';

// The sandbox gateway (with its in-process connector) alone in a process of its own, so the load
// generator in bench/lifecycle-throughput.ts does not share its event loop. No storefront and no
// merchant webhook URL: the figures are the API's. Prints one JSON line, stops on SIGTERM.
const stack = await startSandboxStack();
console.log(JSON.stringify({ gateway_url: stack.gatewayUrl, api_key: stack.credentials.api_key }));
const stop = () => { void stack.stop().then(() => process.exit(0)); };
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
