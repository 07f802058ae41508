export { startConnectorSimulator, type ConnectorSimulatorOptions, type StartedConnectorSimulatorServer } from './server.ts';
