import { createInterface } from "node:readline";

/**
 * Asks on the terminal (or reads from a pipe) for one line and says whether
 * it is exactly `expected`. An input that ends without a line is a no.
 */
export function confirmByTyping(question: string, expected: string): Promise<boolean> {
  const lines = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  process.stderr.write(question);
  return new Promise((resolve) => {
    let answered = false;
    lines.once("line", (line) => {
      answered = true;
      lines.close();
      resolve(line.trim() === expected);
    });
    lines.once("close", () => {
      if (!answered) resolve(false);
    });
  });
}
