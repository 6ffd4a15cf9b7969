// An error that points at a place in a source file, printed as "file:line: message" so editors
// and terminals can jump to it. The build throws only these for problems in lesson content.
import { relative } from 'node:path';

export class BuildError extends Error {
  /**
   * @param {string} message what is wrong and what is accepted
   * @param {{ file?: string, line?: number }} [where] the file and its 1-based line
   */
  constructor(message, { file, line } = {}) {
    const place = file ? `${relative(process.cwd(), file) || file}${line ? `:${line}` : ''}: ` : '';
    super(place + message);
    this.name = 'BuildError';
    this.file = file;
    this.line = line;
  }
}
