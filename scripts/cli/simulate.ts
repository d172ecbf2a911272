/** `npm run simulate -- FILE`: the package's `simulate` command over this checkout's catalogue (`CATALOG_FILE`). */
import { runSimulateCommand } from '../../src/catalog/command/simulate.ts';
import { requestedLocale } from '../../src/catalog/command/args.ts';
import { CatalogLoadError, catalogFilePath, loadCatalog } from '../../src/catalog/source/read.ts';

const argv = process.argv.slice(2);
process.exitCode = runSimulateCommand(argv, {
  invocation: 'npm run simulate --',
  loadCatalog: () => {
    try {
      // The catalogue's findings in the language the command speaks.
      return loadCatalog(catalogFilePath(), requestedLocale(argv));
    } catch (error) {
      if (error instanceof CatalogLoadError) return error.message;
      throw error;
    }
  },
});
