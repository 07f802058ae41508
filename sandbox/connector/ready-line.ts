// The one line the simulator prints once it listens: its entry point writes it, and whoever started
// it (a container wait strategy, the process fallback) waits for it and reads the URL from it.

export const CONNECTOR_READY_LOG = /connector-simulator listening on (http:\/\/\S+)/;

export const connectorReadyLine = (url: string): string => `connector-simulator listening on ${url}`;
