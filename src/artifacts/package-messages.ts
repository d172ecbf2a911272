/** What building the npm package says when it cannot, in Italian and English. */
import { defineMessages, messageFunction } from '../catalog/messages/define.ts';

const TEXTS = defineMessages({
  it: {
    declarations: 'Non è stato possibile scrivere le dichiarazioni del pacchetto:\n{problems}',
    nodeInSimulator:
      '{file}:{line}:{column}: il sottopercorso ./simulator del pacchetto deve funzionare in un browser, ma questo file importa {module}, un modulo di Node; spostalo nel comando (src/catalog/command/)',
    toolingImports: 'Gli strumenti del pacchetto importano ancora {names}: includili nel bundle.',
    mainEntry: 'Il modulo principale del pacchetto non ha dichiarazioni isolate:\n{problem}',
    noManifest: 'il pacchetto non ha un package.json',
  },
  en: {
    declarations: "The package's declarations could not be written:\n{problems}",
    nodeInSimulator:
      "{file}:{line}:{column}: the package's ./simulator must run in a browser, but this file imports {module}, a Node module; move it to the command (src/catalog/command/)",
    toolingImports: "The package's tooling still imports {names}: bundle it instead.",
    mainEntry: "The package's main entry has no isolated declarations:\n{problem}",
    noManifest: 'the package has no package.json',
  },
});

/** A message of the package build in a language, its `{placeholders}` filled. */
export const packageMessage = messageFunction(TEXTS);
