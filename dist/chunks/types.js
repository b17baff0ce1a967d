// Types of the model-backed writer: its configuration, the port through which it asks a model (the
// shell implements it in ./client.ts), and what it reports per channel. Pure types only.
const DEFAULT_ENDPOINT = 'https://models.github.ai/inference';
const DEFAULT_MODEL = 'openai/gpt-4.1-mini';
function defaultWriterConfig() {
    return {
        kind: 'deterministic',
        endpoint: DEFAULT_ENDPOINT,
        model: DEFAULT_MODEL,
        maxRounds: 2,
        timeoutSeconds: 60,
        channels: []
    };
}
/** Model names we accept: what providers use (`openai/gpt-4.1-mini`, `llama3.2:3b`), nothing else. */
const MODEL_NAME = /^[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,127}$/;

export { DEFAULT_MODEL as D, MODEL_NAME as M, DEFAULT_ENDPOINT as a, defaultWriterConfig as d };
//# sourceMappingURL=types.js.map
