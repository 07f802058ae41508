// The Vendure shop's deployment folder as its merchant would declare it to golive: `.env`, readable by
// its owner only, is the one home of the secret key. A module of its own, so a script that needs the
// file's name does not load Vendure (about a second of CPU per start).

/** Where the deployment keeps its secret key, relative to the data dir: its one and only copy. */
export const SECRET_KEY_FILE = '.env';
