// The entry of pcc's self-contained executable (npm run build:binary). Node's single executable applications
// run one CommonJS script, so this is bundled to CommonJS, where nothing may wait at the top level as
// bin/pcc.js does; otherwise it starts pcc the same way.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--lite-mode');
import('../dist/main.js');
