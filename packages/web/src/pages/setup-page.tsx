import { useState } from 'preact/hooks';
import { api, messageOf } from '../api/client.js';
import type { CreatedCollector } from '../api/types.js';
import { CopyField } from '../components/copy-field.js';
import { ErrorNote } from '../components/feedback.js';
import { Link } from '../router.js';

/** Collectors → Setup: create a collector, then show its API key once and the install command. */
export function SetupPage() {
  const [created, setCreated] = useState<CreatedCollector>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    setBusy(true);
    setError(undefined);
    try {
      setCreated(
        await api<CreatedCollector>('/api/v1/collectors/', {
          method: 'POST',
          body: {
            machine_name: text('machine_name'),
            ...(text('site_name') ? { site_name: text('site_name') } : {}),
            ...(text('platform') ? { platform: text('platform') } : {}),
          },
        }),
      );
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };

  if (created) {
    // The portal takes pcc's data as its ingest role does (as install.sh sets it up): the address this page
    // was opened with is one the server answers at.
    const server = location.origin;
    return (
      <div class="page narrow-page">
        <h1>Collector {created.machine_name} is ready</h1>
        <div class="card">
          <div class="note note-warning">
            Copy the API key now: it is shown only this once. If you lose it, regenerate it from the
            collector's page.
          </div>
          <CopyField label="API key" value={created.api_key} />
          <CopyField label="Install on the server (one line)" value={created.install_command} />
          <CopyField
            label="Or, with pcc already installed, stream in trickle mode"
            value={`PCC_MODE=trickle PCC_SERVER=${server} PCC_APIKEY=${created.api_key} pcc`}
          />
          <p class="muted" data-testid="address-note">
            These commands send to <strong>{server}</strong>, the address you opened this page with. If your
            servers reach this one by another name or address, put that in its place.
          </p>
          <p class="muted">
            Once pcc runs, the collector turns <strong>live</strong> and its dashboard fills within seconds.
            You can also upload a capture file on the collector's page.
          </p>
          <div class="actions">
            <Link href={`/collectors/${created.id}`} class="button button-primary">
              Open {created.machine_name}
            </Link>
            <button type="button" class="button" onClick={() => setCreated(undefined)}>
              Set up another
            </button>
          </div>
        </div>
      </div>
    );
  }

  return (
    <div class="page narrow-page">
      <h1>Set up a collector</h1>
      <p class="muted">
        A collector stands for one server. You get an API key for its agent, pcc, and a command that installs
        it.
      </p>
      <form class="card form" onSubmit={submit}>
        <label>
          Machine name
          <input name="machine_name" required maxLength={255} placeholder="web-01" autofocus />
          <span class="hint">The server's hostname, as you want to see it in lists and charts</span>
        </label>
        <label>
          Site
          <input name="site_name" maxLength={255} placeholder="Production-East" />
          <span class="hint">A group of collectors: a data centre, a cloud region, a test campaign</span>
        </label>
        <label>
          Platform
          <input name="platform" maxLength={255} placeholder="Linux Server" />
        </label>
        <ErrorNote message={error} />
        <div class="actions">
          <button type="submit" class="button button-primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create collector'}
          </button>
        </div>
      </form>
    </div>
  );
}
