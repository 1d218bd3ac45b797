// The training scenarios of a directory on disk (default mocks/scenarios/training/): every *.json, in name order,
// checked by training-catalogue.ts. A directory that cannot be read is a TrainingCatalogueError as a broken file is.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkTrainingFiles, TrainingCatalogueError, type TrainingFile } from './training-catalogue';
import type { TrainingScenario } from './training-schema';

export const DEFAULT_TRAINING_DIR = fileURLToPath(new URL('./training', import.meta.url));

/** Reads and checks every *.json in dir; throws TrainingCatalogueError listing every problem of every file. */
export function loadTrainingScenarios(dir: string = DEFAULT_TRAINING_DIR): TrainingScenario[] {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch (e) {
    throw new TrainingCatalogueError([`${dir}: cannot read the directory: ${(e as Error).message}`]);
  }
  const files = names.map((f): TrainingFile => {
    const file = join(dir, f);
    return {
      name: f.replace(/\.json$/, ''),
      shown: relative(process.cwd(), file) || file,
      read: () => readFileSync(file, 'utf8'),
    };
  });
  return checkTrainingFiles(files);
}
