/**
 * `npm run simulate -- FILE [--tz ZONE] [--now DATE-TIME] [--lang en|it] [--format text|json]`:
 * simulates a test file of event payloads as the simulator page does. Exit 0 when every
 * expectation passes, 1 on any FAIL, 2 on unreadable or invalid input (located errors).
 * This entry only turns on Node's compile cache before loading the command.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./cli/simulate.ts');
