// Starts a widget's training worker (a module worker) and hands every message it sends to
// receive; a browser that refuses to start it throws an Error saying so, and a worker whose
// script fails to load or run becomes an 'error' message ({ type, message, failed: true }) like
// the worker's own. Does not: decide what the messages mean.

const CANNOT = 'The training worker could not start';

/** url: the worker's script (a URL); receive(data): each message. Returns the Worker. */
export function startWorker(url, receive) {
  let worker;
  try {
    worker = new Worker(url, { type: 'module' });
  } catch (error) {
    throw new Error(`${CANNOT}: ${error.message}`);
  }
  worker.onmessage = ({ data }) => receive(data);
  worker.onerror = (event) => {
    event.preventDefault();
    const message = `${CANNOT}: ${event.message ?? 'no reason given'}`;
    receive({ type: 'error', message, failed: true });
  };
  return worker;
}
