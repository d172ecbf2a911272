/** `npm run simulate -- FILE`: the package's `simulate` command over this checkout's catalogue (`CATALOG_FILE`). */
import { runSimulateCommand } from '../../src/catalog/command/simulate.ts';
import { CatalogLoadError, loadCatalog } from '../../src/catalog/source/read.ts';

process.exitCode = runSimulateCommand(process.argv.slice(2), {
  invocation: 'npm run simulate --',
  loadCatalog: () => {
    try {
      return loadCatalog();
    } catch (error) {
      if (error instanceof CatalogLoadError) return error.message;
      throw error;
    }
  },
});
