import { parentPort, workerData } from 'node:worker_threads';
import { s as stateCell, S as STATE, N as NEXT_CHUNK, p as parseChunk, f as finishChunk, T as TUTORIALS_DONE } from './chunks/work.js';
import { o as openCache } from './chunks/cache.js';
import 'node:crypto';
import 'node:fs';
import 'node:path';
import './chunks/errors.js';
import './chunks/context.js';
import './chunks/_commonjsHelpers.js';
import 'node:process';
import 'node:url';
import 'node:v8';

// The worker side of the pool: take chunks from the shared counter until none is left, parse them,
// wait for the registry the pool parses once, finish them (guard, draft, compact), post each result, then say "done".
async function runWorker(job, registry) {
    const shared = new Int32Array(job.shared);
    const cell = stateCell(job.slot);
    // The pool cancels workers that have not started by the time it ran out of chunks itself.
    if (Atomics.compareExchange(shared, cell, STATE.idle, STATE.running) !== STATE.idle)
        return;
    Atomics.notify(shared, cell);
    // the tutorials this worker reads are looked up in, and added to, the run's `--cache` folder
    const cache = job.cacheAt ? openCache(job.cacheAt.dir, { salt: job.cacheAt.salt }) : undefined;
    try {
        for (;;) {
            const chunk = Atomics.add(shared, NEXT_CHUNK, 1);
            if (chunk >= job.chunks.length)
                break;
            const range = job.chunks[chunk];
            let result;
            try {
                // parse first: the pool parses the registry meanwhile
                const tutorials = parseChunk(job, range, cache);
                result = {
                    chunk,
                    works: finishChunk(job, range, tutorials, await registry, job.draftPaths)
                };
            }
            catch (e) {
                // the pool redoes the chunk in its own thread, where the error surfaces as usual
                result = { chunk, error: String(e?.stack ?? e) };
            }
            job.port.postMessage(result);
            Atomics.add(shared, TUTORIALS_DONE, range[1] - range[0]);
        }
    }
    finally {
        // a folder that cannot take the entries is reported by the calling thread, which writes
        // there too
        cache?.close();
        Atomics.store(shared, cell, STATE.done);
        Atomics.notify(shared, cell);
        job.port.close();
    }
}
/** Starts the worker when this module runs inside a worker thread of the pool. */
function startWorker() {
    if (!parentPort || !workerData)
        return;
    const port = parentPort;
    const registry = new Promise((resolve) => {
        port.on('message', (m) => {
            if (m && m.registry)
                resolve(m.registry);
        });
    });
    void runWorker(workerData, registry).finally(() => port.unref());
}

// Entry of the worker threads that parse and draft tutorials in parallel (bundled to dist/worker.js).
startWorker();
//# sourceMappingURL=worker.js.map
