import { fileURLToPath } from 'node:url';

/** Where the built dashboard lives: the folder the portal serves at `/`. */
export const publicDir: string = fileURLToPath(new URL('../public/', import.meta.url));
