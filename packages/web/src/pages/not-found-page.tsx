import { Link } from '../router.js';

export function NotFoundPage() {
  return (
    <div class="page">
      <h1>Page not found</h1>
      <p class="muted">
        There is nothing at this address. Go to the <Link href="/collectors">collectors</Link>.
      </p>
    </div>
  );
}
