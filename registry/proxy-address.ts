// Where the LiteLLM proxy listens, written once. Registry text (commands, samples, notes)
// interpolates these instead of spelling the port out, so changing it here changes every artifact.
export const PROXY_PORT = 4000;
export const PROXY_HOST = 'localhost';
export const PROXY_URL = `http://${PROXY_HOST}:${PROXY_PORT}`;
