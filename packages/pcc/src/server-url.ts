/** `host:port`, `host` or a full URL, as PCC_SERVER and --server take it. */
export function serverUrl(server: string): URL {
  const withScheme = /^[a-z]+:\/\//i.test(server) ? server : `http://${server}`;
  const url = new URL(withScheme);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`${server}: not an http(s) address`);
  return url;
}
