/** `touchline validate FILE...`: check files with the app's own loader. */
import type { CliIo } from './io.ts';
import { loadFile, problemLines } from './load-file.ts';

export async function validateCommand(files: string[], io: CliIo): Promise<number> {
  let failed = false;
  for (const file of files) {
    const result = await loadFile(io, file);
    if (result.ok) {
      io.stdout(`${file}: ok`);
      continue;
    }
    failed = true;
    for (const line of problemLines(file, result)) io.stderr(line);
  }
  return failed ? 1 : 0;
}
