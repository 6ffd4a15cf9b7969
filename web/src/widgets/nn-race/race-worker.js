// The race's module worker: the runner (race-runner.js) with the worker's messages as its way
// to and from the page. Bundled as its own file beside the widget's code (nl/race-worker.js).
import { raceRunner } from './race-runner.js';

const receive = raceRunner((message, transfer) => self.postMessage(message, transfer));
self.onmessage = ({ data }) => receive(data);
