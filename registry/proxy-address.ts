// Where the LiteLLM proxy listens, written once. Registry text (commands, samples, notes)
// interpolates these instead of spelling the port out, so changing it here changes every artifact.
export const PROXY_PORT = 4000;
export const PROXY_HOST = 'localhost';
export const PROXY_URL = `http://${PROXY_HOST}:${PROXY_PORT}`;
/**
 * The proxy's container in the Docker Compose setup: Compose names a container
 * `<project>-<service>-<index>`, and ops/docker/docker-compose.yml sets `name: provider-fallback`
 * and the service `litellm` (a test checks both).
 */
export const PROXY_CONTAINER = 'provider-fallback-litellm-1';
