/** The portal API from a test or the bench, as a script would use it: log in once, then bearer calls. */
export class TestApi {
  constructor(
    readonly url: string,
    private access = '',
  ) {}

  async login(username: string, password: string): Promise<this> {
    const tokens = await this.call<{ access: string }>('POST', '/api/v1/auth/token/', { username, password });
    this.access = tokens.access;
    return this;
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    if (this.access) headers.authorization = `Bearer ${this.access}`;
    let payload: string | FormData | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers,
      ...(payload === undefined ? {} : { body: payload }),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  async upload(collectorId: string, name: string, content: string, description: string): Promise<void> {
    const form = new FormData();
    form.set('description', description);
    form.set('file', new Blob([content], { type: 'application/json' }), name);
    await this.call('POST', `/api/v1/collectors/${collectorId}/upload/`, form);
  }
}
