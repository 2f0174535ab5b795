/**
 * The portal API's types, generated from its OpenAPI document by openapi-typescript: do not edit. After a
 * change to a route's schema, run `npm run api:types` (api-types.test.ts fails until then). The web app and
 * pcctl read them through api-answers.ts.
 */

export interface paths {
  readonly '/healthz': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Health of this process and its database
     * @description Who: No credentials needed.
     */
    readonly get: operations['health'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/register/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Register or update a collector from pcc
     * @description Who: pcc, with its collector's API key.
     */
    readonly post: operations['registerCollector'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/metrics/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Store a batch of samples (gzip accepted); a resent batch changes nothing
     * @description Who: pcc, with its collector's API key.
     */
    readonly post: operations['storeSamples'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/metrics': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Every collector's latest sample and the server's own metrics, Prometheus text format
     * @description Who: Any user (viewer, analyst or admin).
     */
    readonly get: operations['prometheusMetrics'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/auth/signup/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Sign up. A tenant's first user becomes its admin: with the setup token the server printed, or from the server's own machine; later ones get the role the admin allows
     * @description Who: No credentials needed.
     */
    readonly post: operations['signUp'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/auth/token/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Log in: a JWT access token and a refresh token. Failed attempts are counted per account, per client address and per both; past a few, each further attempt must wait (429 with Retry-After)
     * @description Who: No credentials needed.
     */
    readonly post: operations['logIn'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/auth/token/refresh/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * A new token pair for a refresh token. A refresh token works once: using one again ends its session
     * @description Who: No credentials needed.
     */
    readonly post: operations['refreshTokens'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/auth/logout/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Log out: ends this session, or with everywhere=true every session of yours
     * @description Who: Any user (viewer, analyst or admin).
     */
    readonly post: operations['logOut'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/auth/user/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The current user
     * @description Who: Any user (viewer, analyst or admin).
     */
    readonly get: operations['getCurrentUser'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/auth/password/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Change your password: ends all your sessions, and answers the tokens of a new one for this client
     * @description Who: Any user (viewer, analyst or admin).
     */
    readonly post: operations['changePassword'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/auth/api-keys/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Your API keys
     * @description Who: Any user (viewer, analyst or admin).
     */
    readonly get: operations['listApiKeys'];
    readonly put?: never;
    /**
     * Create an API key for scripts; it is shown once
     * @description Who: Any user (viewer, analyst or admin).
     */
    readonly post: operations['createApiKey'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/auth/api-keys/{id}/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    /**
     * Revoke one of your API keys
     * @description Who: Any user (viewer, analyst or admin).
     */
    readonly delete: operations['revokeApiKey'];
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/users/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The users of this tenant
     * @description Who: An admin.
     */
    readonly get: operations['listUsers'];
    readonly put?: never;
    /**
     * Create a user with a role
     * @description Who: An admin.
     */
    readonly post: operations['createUser'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/users/{id}/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post?: never;
    /**
     * Delete a user (and end their sessions)
     * @description Who: An admin.
     */
    readonly delete: operations['deleteUser'];
    readonly options?: never;
    readonly head?: never;
    /**
     * Change a user's role: ends the user's sessions (they log in again with the new role)
     * @description Who: An admin.
     */
    readonly patch: operations['setUserRole'];
    readonly trace?: never;
  };
  readonly '/api/v1/settings/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * This tenant's settings
     * @description Who: An admin.
     */
    readonly get: operations['getSettings'];
    /**
     * Change this tenant's settings
     * @description Who: An admin.
     */
    readonly put: operations['putSettings'];
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/collectors/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * List collectors (paginated, filterable by site)
     * @description Who: Any user (viewer, analyst or admin).
     */
    readonly get: operations['listCollectors'];
    readonly put?: never;
    /**
     * Create a collector: answers with its API key and the one-line install command
     * @description The machine name may come as machine_name, as machinename (the user guide) or as name (XATSimplified); the site as site_name or sitename.
     *
     *     Who: An admin.
     */
    readonly post: operations['createCollector'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/collectors/{id}/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * A collector, with its files count, last upload, last seen, status and system info
     * @description Who: Any user (viewer, analyst or admin).
     */
    readonly get: operations['getCollector'];
    readonly put?: never;
    readonly post?: never;
    /**
     * Delete a collector with all its samples and files
     * @description Who: An admin.
     */
    readonly delete: operations['deleteCollector'];
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/collectors/{id}/regenerate-key/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * A new API key; the old one stops working at once
     * @description Who: An admin.
     */
    readonly post: operations['regenerateCollectorKey'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/collectors/{id}/upload/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Upload a host.csv (plain or gzip) or a pcc capture (multipart: file, description); it is kept and its samples imported
     * @description Who: An analyst or admin.
     */
    readonly post: operations['uploadFile'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/collectors/{id}/files/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * A collector's uploaded files
     * @description Who: Any user (viewer, analyst or admin).
     */
    readonly get: operations['listFiles'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/collectors/{id}/files/{file}/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Download an uploaded file as it was sent
     * @description Who: Any user (viewer, analyst or admin).
     */
    readonly get: operations['downloadFile'];
    readonly put?: never;
    readonly post?: never;
    /**
     * Delete an uploaded file and the samples it stored, and no others (admins, or the analyst who uploaded it); answers how many samples went
     * @description Who: An analyst or admin.
     */
    readonly delete: operations['deleteFile'];
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/collectors/{id}/files/{file}/samples/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * How many samples this file stored are still kept: what deleting it deletes (samples of the same instants stored by the agent or by another upload are not its own and stay)
     * @description Who: Any user (viewer, analyst or admin).
     */
    readonly get: operations['fileSamplesHeld'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/collectors/{id}/export/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * A collector's samples as host.csv, for a date range
     * @description Who: Any user (viewer, analyst or admin).
     */
    readonly get: operations['exportHostCsv'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/performance/upload': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Upload a host.csv or a pcc capture to the collector machine_id names (multipart: file, machine_id, description)
     * @description machine_id is the collector's machine name (e.g. test-vm-01) or its id. The answer is the upload's, as POST /api/v1/collectors/{id}/upload/ gives it. Authorization: Bearer <access token>, or a user API key as ApiKey <username>:<key> or Bearer <username>:<key>.
     *
     *     Who: An analyst or admin.
     */
    readonly post: operations['uploadPerformanceFile'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/collectors/{id}/series/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * A collector's host metrics, downsampled in the database to about `points` buckets (mean, min, max)
     * @description Who: Any user (viewer, analyst or admin).
     */
    readonly get: operations['hostSeries'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/collectors/{id}/devices/{kind}/series/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Per-device series: CPUs, disks, interfaces, filesystems, temperatures or containers
     * @description Who: Any user (viewer, analyst or admin).
     */
    readonly get: operations['deviceSeries'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/collectors/{id}/utilisation/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * P50, P90, P95, P99, mean, max and min of every host metric over the range, from the raw samples
     * @description Who: Any user (viewer, analyst or admin).
     */
    readonly get: operations['utilisation'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/compare/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Several collectors: series aligned at the start of each run (t = 0) or on the clock, and their tables
     * @description Who: Any user (viewer, analyst or admin).
     */
    readonly get: operations['compareCollectors'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/benchmarks/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Benchmark runs
     * @description Who: Any user (viewer, analyst or admin).
     */
    readonly get: operations['listBenchmarks'];
    readonly put?: never;
    /**
     * Record a benchmark suite run as pcc benchmark posts it (a row per result; with a collector key, or a user naming collector_id), or one benchmark score
     * @description Who: pcc with its collector's API key, or an analyst or admin naming collector_id.
     */
    readonly post: operations['recordBenchmarks'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/benchmarks/stats/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Per benchmark name and collector: count, mean, min, max, stddev
     * @description Who: Any user (viewer, analyst or admin).
     */
    readonly get: operations['benchmarkStats'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/loadtest/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Load-test results, a row per level
     * @description Who: Any user (viewer, analyst or admin).
     */
    readonly get: operations['listLoadTests'];
    readonly put?: never;
    /**
     * Record a load-test run as pcc loadtest posts it (with a collector key, or a user naming collector_id), or one level: the CPU work units a collector delivered at a utilisation level
     * @description Who: pcc with its collector's API key, or an analyst or admin naming collector_id.
     */
    readonly post: operations['recordLoadTest'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/loadtest/runs/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Load-test runs, newest first, each with its definition and levels
     * @description Who: Any user (viewer, analyst or admin).
     */
    readonly get: operations['listLoadTestRuns'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/loadtest/runs/{id}/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * One load-test run
     * @description Who: Any user (viewer, analyst or admin).
     */
    readonly get: operations['getLoadTestRun'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/loadtest/compare/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * CPU work units at each utilisation level of one load test (name and work-unit version) across collectors: the mean of its results at each level, how many results that is, and the runs used (results of other tests or versions are never averaged in)
     * @description Who: Any user (viewer, analyst or admin).
     */
    readonly post: operations['compareLoadTests'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/v1/reports/': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * A report to download: one collector's or capture's (its charts, table and findings) or the comparison of several
     * @description Who: Any user (viewer, analyst or admin).
     */
    readonly get: operations['downloadReport'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/install.sh': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The pcc installer: curl -s <portal>/install.sh | API_KEY=<key> bash
     * @description A bash script that installs pcc (Node.js 20+) and points it at this server, which it names by the Host header of this request; a Host header that is not a plain host or address is 400.
     *
     *     Who: No credentials needed.
     */
    readonly get: operations['installScript'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/install/pcc.mjs': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The agent, pcc, as one ES module file for Node.js 20+ (its version in X-PCC-Version)
     * @description Who: No credentials needed.
     */
    readonly get: operations['agentBundle'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/install/pcc-linux-x64': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The agent, pcc, as a self-contained executable for Linux on x64 (no Node.js needed)
     * @description Node.js 20.20.2 with pcc inside (a single executable application), about 95 MiB; 404 when this server has not built it (npm run build:binary -w @perfanalysis/pcc).
     *
     *     Who: No credentials needed.
     */
    readonly get: operations['agentBinaryX64'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/install/pcc-linux-arm64': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The agent, pcc, as a self-contained executable for Linux on arm64 (no Node.js needed)
     * @description Node.js 20.20.2 with pcc inside (a single executable application), about 95 MiB; 404 when this server has not built it (npm run build:binary -w @perfanalysis/pcc).
     *
     *     Who: No credentials needed.
     */
    readonly get: operations['agentBinaryArm64'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    readonly ApiError: {
      readonly error: {
        readonly code:
          | 'BAD_REQUEST'
          | 'INVALID_BODY'
          | 'UNAUTHORIZED'
          | 'INVALID_API_KEY'
          | 'INVALID_CREDENTIALS'
          | 'INVALID_TOKEN'
          | 'FORBIDDEN'
          | 'WRONG_TENANT'
          | 'NOT_FOUND'
          | 'UNKNOWN_TENANT'
          | 'CONFLICT'
          | 'BODY_TOO_LARGE'
          | 'UNSUPPORTED_MEDIA_TYPE'
          | 'TOO_MANY_ATTEMPTS'
          | 'INTERNAL'
          | 'DATABASE_UNAVAILABLE'
          | 'DATABASE_BUSY'
          | 'PDF_UNAVAILABLE';
        readonly message: string;
        readonly status: number;
      };
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  readonly health: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** @enum {string} */
            readonly status: 'ok';
            readonly database: string;
          };
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Default Response */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** @enum {string} */
            readonly status: 'unavailable';
            readonly database: string;
            readonly error: string;
          };
        };
      };
    };
  };
  readonly registerCollector: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly hostname: string;
          /** @description Operating system name */
          readonly os_name: string;
          /** @description Operating system version */
          readonly os_version: string;
          /** @description Kernel release */
          readonly kernel: string;
          /** @description CPU architecture */
          readonly arch: string;
          /** @description CPU vendor */
          readonly cpu_vendor: string;
          /** @description CPU model */
          readonly cpu_model: string;
          readonly cpu_count: number;
          readonly mem_total_mb: number;
          readonly ip_addresses: readonly string[];
          readonly storage_gb: number;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly collector_id: string;
            readonly machine_name: string;
            readonly registered_at: string;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly storeSamples: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly samples: readonly {
            /** @description End of the interval: unix milliseconds or ISO 8601 */
            readonly timestamp: number | string;
            readonly interval?: number;
            /** @description User CPU time (guest time excluded) (%, -1 to 101) */
            readonly cpu_user?: number | null;
            /** @description System CPU time (%, -1 to 101) */
            readonly cpu_system?: number | null;
            /** @description I/O wait time (%, -1 to 101) */
            readonly cpu_iowait?: number | null;
            /** @description Idle time (%, -1 to 101) */
            readonly cpu_idle?: number | null;
            /** @description Stolen time (VM) (%, -1 to 101) */
            readonly cpu_steal?: number | null;
            /** @description Total memory (MB, 0 to 17592186044416) */
            readonly mem_total?: number | null;
            /** @description Used memory (total - available) (MB, 0 to 17592186044416) */
            readonly mem_used?: number | null;
            /** @description Available memory (MB, 0 to 17592186044416) */
            readonly mem_available?: number | null;
            /** @description Buffer memory (MB, 0 to 17592186044416) */
            readonly mem_buffers?: number | null;
            /** @description Cached memory (MB, 0 to 17592186044416) */
            readonly mem_cached?: number | null;
            /** @description Disk read throughput (bytes/s, 0 to 100000000000000) */
            readonly disk_read_bytes?: number | null;
            /** @description Disk write throughput (bytes/s, 0 to 100000000000000) */
            readonly disk_write_bytes?: number | null;
            /** @description Disk read IOPS (ops/s, 0 to 1000000000000) */
            readonly disk_read_ops?: number | null;
            /** @description Disk write IOPS (ops/s, 0 to 1000000000000) */
            readonly disk_write_ops?: number | null;
            /** @description Network receive (bytes/s, 0 to 100000000000000) */
            readonly net_rx_bytes?: number | null;
            /** @description Network transmit (bytes/s, 0 to 100000000000000) */
            readonly net_tx_bytes?: number | null;
            /** @description Packets received (pkt/s, 0 to 1000000000000) */
            readonly net_rx_packets?: number | null;
            /** @description Packets transmitted (pkt/s, 0 to 1000000000000) */
            readonly net_tx_packets?: number | null;
            /** @description Niced user CPU time (guest nice excluded) (%, -1 to 101) */
            readonly cpu_nice?: number | null;
            /** @description Hardware interrupt time (%, -1 to 101) */
            readonly cpu_irq?: number | null;
            /** @description Software interrupt time (%, -1 to 101) */
            readonly cpu_softirq?: number | null;
            /** @description Time running guest VMs (%, -1 to 101) */
            readonly cpu_guest?: number | null;
            /** @description Time running niced guest VMs (%, -1 to 101) */
            readonly cpu_guest_nice?: number | null;
            /** @description Load average, 1 minute (0 to 8388608) */
            readonly load_1m?: number | null;
            /** @description Load average, 5 minutes (0 to 8388608) */
            readonly load_5m?: number | null;
            /** @description Load average, 15 minutes (0 to 8388608) */
            readonly load_15m?: number | null;
            /** @description Context switches (/s, 0 to 1000000000000) */
            readonly ctx_switches?: number | null;
            /** @description Interrupts (/s, 0 to 1000000000000) */
            readonly interrupts?: number | null;
            /** @description Runnable processes (0 to 8388608) */
            readonly procs_running?: number | null;
            /** @description Processes blocked on I/O (0 to 8388608) */
            readonly procs_blocked?: number | null;
            /** @description Free memory (MB, 0 to 17592186044416) */
            readonly mem_free?: number | null;
            /** @description Total swap (MB, 0 to 17592186044416) */
            readonly swap_total?: number | null;
            /** @description Used swap (MB, 0 to 17592186044416) */
            readonly swap_used?: number | null;
            /** @description Busiest whole disk: time with I/O in flight (%, -1 to 101) */
            readonly disk_util?: number | null;
            /** @description Receive errors (/s, 0 to 1000000000000) */
            readonly net_rx_errors?: number | null;
            /** @description Transmit errors (/s, 0 to 1000000000000) */
            readonly net_tx_errors?: number | null;
            /** @description Received packets dropped (/s, 0 to 1000000000000) */
            readonly net_rx_drops?: number | null;
            /** @description Transmitted packets dropped (/s, 0 to 1000000000000) */
            readonly net_tx_drops?: number | null;
            /** @description Hottest CPU or thermal-zone sensor (°C, -273.15 to 1000) */
            readonly temperature?: number | null;
            readonly cpus?: readonly {
              readonly cpu: string;
              /** @description User time (guest excluded) (%, -1 to 101) */
              readonly user: number;
              /** @description Nice time (guest nice excluded) (%, -1 to 101) */
              readonly nice: number;
              /** @description System time (%, -1 to 101) */
              readonly system: number;
              /** @description Idle time (%, -1 to 101) */
              readonly idle: number;
              /** @description I/O wait (%, -1 to 101) */
              readonly iowait: number;
              /** @description Hardware interrupts (%, -1 to 101) */
              readonly irq: number;
              /** @description Software interrupts (%, -1 to 101) */
              readonly softirq: number;
              /** @description Stolen time (%, -1 to 101) */
              readonly steal: number;
              /** @description Guest time (%, -1 to 101) */
              readonly guest: number;
              /** @description Guest nice time (%, -1 to 101) */
              readonly guest_nice: number;
              /** @description Current clock frequency (cpufreq scaling_cur_freq, else /proc/cpuinfo cpu MHz) (MHz, 0 to 100000) */
              readonly mhz?: number | null;
            }[];
            readonly disks?: readonly {
              readonly device: string;
              /** @description Read throughput (bytes/s, 0 to 100000000000000) */
              readonly read_bytes: number;
              /** @description Write throughput (bytes/s, 0 to 100000000000000) */
              readonly write_bytes: number;
              /** @description Reads completed (ops/s, 0 to 1000000000000) */
              readonly read_ops: number;
              /** @description Writes completed (ops/s, 0 to 1000000000000) */
              readonly write_ops: number;
              /** @description Time with I/O in flight (%, -1 to 101) */
              readonly util: number;
              /** @description Average time per completed I/O, as iostat's await (ms, 0 to 4294967296) */
              readonly await_ms: number;
            }[];
            readonly nets?: readonly {
              readonly iface: string;
              /** @description Received (bytes/s, 0 to 100000000000000) */
              readonly rx_bytes: number;
              /** @description Transmitted (bytes/s, 0 to 100000000000000) */
              readonly tx_bytes: number;
              /** @description Packets received (pkt/s, 0 to 1000000000000) */
              readonly rx_packets: number;
              /** @description Packets transmitted (pkt/s, 0 to 1000000000000) */
              readonly tx_packets: number;
              /** @description Receive errors (/s, 0 to 1000000000000) */
              readonly rx_errors: number;
              /** @description Transmit errors (/s, 0 to 1000000000000) */
              readonly tx_errors: number;
              /** @description Receive drops (/s, 0 to 1000000000000) */
              readonly rx_drops: number;
              /** @description Transmit drops (/s, 0 to 1000000000000) */
              readonly tx_drops: number;
            }[];
            readonly filesystems?: readonly {
              readonly mount: string;
              readonly fstype: string;
              readonly source: string;
              /** @description Size (MB, 0 to 17592186044416) */
              readonly size_mb: number;
              /** @description Used (MB, 0 to 17592186044416) */
              readonly used_mb: number;
              /** @description Available to unprivileged users (MB, 0 to 17592186044416) */
              readonly avail_mb: number;
              /** @description Used, as df reports it (%, -1 to 101) */
              readonly used_pct: number;
              /** @description Inodes (0 to 18446744073709552000) */
              readonly inodes_total: number;
              /** @description Inodes used (0 to 18446744073709552000) */
              readonly inodes_used: number;
            }[];
            readonly temperatures?: readonly {
              readonly sensor: string;
              /** @description Temperature (°C, -273.15 to 1000) */
              readonly celsius: number;
            }[];
            readonly containers?: readonly {
              readonly container_id: string;
              readonly container_name: string;
              /** @description CPU time, 100 = one core (as docker stats) (%, -1 to 819201) */
              readonly cpu_percent: number | null;
              /** @description Memory charged to the cgroup (memory.current) (MB, 0 to 17592186044416) */
              readonly mem_usage_mb: number | null;
              /** @description Memory limit (memory.max); empty when unlimited (MB, 0 to 17592186044416) */
              readonly mem_limit_mb: number | null;
              /** @description Anonymous memory (memory.stat anon) (MB, 0 to 17592186044416) */
              readonly mem_rss_mb: number | null;
              /** @description Page cache (memory.stat file) (MB, 0 to 17592186044416) */
              readonly mem_cache_mb: number | null;
              /** @description Usage minus inactive page cache, at least 0 (as docker stats and cAdvisor) (MB, 0 to 17592186044416) */
              readonly mem_working_set_mb: number | null;
              /** @description Block device reads (io.stat rbytes) (bytes/s, 0 to 100000000000000) */
              readonly blk_read_bytes: number | null;
              /** @description Block device writes (io.stat wbytes) (bytes/s, 0 to 100000000000000) */
              readonly blk_write_bytes: number | null;
              /** @description Block device read operations (io.stat rios) (ops/s, 0 to 1000000000000) */
              readonly blk_read_ops: number | null;
              /** @description Block device write operations (io.stat wios) (ops/s, 0 to 1000000000000) */
              readonly blk_write_ops: number | null;
              /** @description Received, all interfaces but lo (bytes/s, 0 to 100000000000000) */
              readonly net_rx_bytes: number | null;
              /** @description Transmitted, all interfaces but lo (bytes/s, 0 to 100000000000000) */
              readonly net_tx_bytes: number | null;
              /** @description Packets received (pkt/s, 0 to 1000000000000) */
              readonly net_rx_packets: number | null;
              /** @description Packets transmitted (pkt/s, 0 to 1000000000000) */
              readonly net_tx_packets: number | null;
              /** @description Receive errors (/s, 0 to 1000000000000) */
              readonly net_rx_errors: number | null;
              /** @description Transmit errors (/s, 0 to 1000000000000) */
              readonly net_tx_errors: number | null;
              /** @description Receive drops (/s, 0 to 1000000000000) */
              readonly net_rx_drops: number | null;
              /** @description Transmit drops (/s, 0 to 1000000000000) */
              readonly net_tx_drops: number | null;
              /** @description Processes and threads (pids.current) (0 to 8388608) */
              readonly pids: number | null;
            }[];
          }[];
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly stored: number;
            readonly duplicates: number;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly prometheusMetrics: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description The Prometheus text exposition format, version 0.0.4 */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/plain': string;
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/plain': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/plain': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/plain': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/plain': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/plain': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly signUp: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly username: string;
          readonly password: string;
          readonly email?: string;
          /** @description The one-time token of the setup link `serve` prints */
          readonly setup_token?: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly user: {
              readonly id: number;
              readonly username: string;
              readonly email: string;
              /** @description admin (everything), analyst (view, analyse, upload) or viewer (read only) */
              readonly role: 'admin' | 'analyst' | 'viewer';
              readonly tenant: string;
              /** Format: date-time */
              readonly created_at: string;
            };
            readonly access: string;
            readonly refresh: string;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description That already exists */
      readonly 409: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly logIn: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly username: string;
          readonly password: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly access: string;
            readonly refresh: string;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Too many failed attempts; wait a little */
      readonly 429: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly refreshTokens: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly refresh: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly access: string;
            readonly refresh: string;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly logOut: {
    readonly parameters: {
      readonly query?: {
        readonly everywhere?: boolean;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 204: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getCurrentUser: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly id: number;
            readonly username: string;
            readonly email: string;
            /** @description admin (everything), analyst (view, analyse, upload) or viewer (read only) */
            readonly role: 'admin' | 'analyst' | 'viewer';
            readonly tenant: string;
            /** Format: date-time */
            readonly created_at: string;
          };
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly changePassword: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly current_password: string;
          readonly new_password: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly access: string;
            readonly refresh: string;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listApiKeys: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': readonly {
            readonly id: number;
            readonly name: string;
            readonly prefix: string;
            readonly created_at: string;
            readonly last_used_at: string | null;
            readonly revoked_at: string | null;
          }[];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly createApiKey: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly name: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly id: number;
            readonly name: string;
            readonly key: string;
            readonly authorization: string;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly revokeApiKey: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        /** @description A positive integer id */
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 204: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listUsers: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': readonly {
            readonly id: number;
            readonly username: string;
            readonly email: string;
            /** @description admin (everything), analyst (view, analyse, upload) or viewer (read only) */
            readonly role: 'admin' | 'analyst' | 'viewer';
            readonly tenant: string;
            /** Format: date-time */
            readonly created_at: string;
          }[];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly createUser: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly username: string;
          readonly password: string;
          /** @description admin (everything), analyst (view, analyse, upload) or viewer (read only) */
          readonly role: 'admin' | 'analyst' | 'viewer';
          readonly email?: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly id: number;
            readonly username: string;
            readonly email: string;
            /** @description admin (everything), analyst (view, analyse, upload) or viewer (read only) */
            readonly role: 'admin' | 'analyst' | 'viewer';
            readonly tenant: string;
            /** Format: date-time */
            readonly created_at: string;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly deleteUser: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        /** @description A positive integer id */
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 204: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly setUserRole: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        /** @description A positive integer id */
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          /** @description admin (everything), analyst (view, analyse, upload) or viewer (read only) */
          readonly role: 'admin' | 'analyst' | 'viewer';
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly id: number;
            readonly username: string;
            readonly email: string;
            /** @description admin (everything), analyst (view, analyse, upload) or viewer (read only) */
            readonly role: 'admin' | 'analyst' | 'viewer';
            readonly tenant: string;
            /** Format: date-time */
            readonly created_at: string;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getSettings: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** @description The role of users who sign up themselves; null closes sign-up (admins create users) */
            readonly signup_role: ('admin' | 'analyst' | 'viewer') | (never | null);
          };
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly putSettings: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          /** @description The role of users who sign up themselves; null closes sign-up (admins create users) */
          readonly signup_role: ('admin' | 'analyst' | 'viewer') | (never | null);
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** @description The role of users who sign up themselves; null closes sign-up (admins create users) */
            readonly signup_role: ('admin' | 'analyst' | 'viewer') | (never | null);
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listCollectors: {
    readonly parameters: {
      readonly query?: {
        /** @description At most this many (default 50) */
        readonly limit?: number;
        /** @description Skip this many */
        readonly offset?: number;
        readonly site?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** @description How many there are in all */
            readonly count: number;
            /**
             * Format: uri
             * @description The next page, or null on the last
             */
            readonly next: string | null;
            /**
             * Format: uri
             * @description The previous page, or null on the first
             */
            readonly previous: string | null;
            readonly results: readonly {
              /** Format: uuid */
              readonly id: string;
              /** @description XATSimplified: the same as machine_name */
              readonly name: string;
              readonly machine_name: string;
              /** @description The user guide: the same as machine_name */
              readonly machinename: string;
              readonly site_name: string | null;
              /** @description The user guide: the same as site_name */
              readonly sitename: string | null;
              readonly platform: string | null;
              readonly api_key_prefix: string;
              readonly status: 'live' | 'idle' | 'uploaded' | 'never seen';
              readonly last_seen: string | null;
              readonly last_upload: string | null;
              readonly files_count: number;
              /** @description The first sample its uploaded files brought (for a collector fed by files) */
              readonly data_from: string | null;
              /** @description The last sample its files brought */
              readonly data_to: string | null;
              readonly system_info: {
                readonly [key: string]: unknown;
              } | null;
              readonly created_at: string;
            }[];
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly createCollector: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          /** @description The server host name, e.g. web-01 */
          readonly machine_name?: string;
          /** @description Same as machine_name */
          readonly machinename?: string;
          /** @description Same as machine_name */
          readonly name?: string;
          /** @description A logical grouping, e.g. Production-East */
          readonly site_name?: string;
          /** @description Same as site_name */
          readonly sitename?: string;
          /** @description e.g. Linux Server */
          readonly platform?: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** Format: uuid */
            readonly id: string;
            /** @description XATSimplified: the same as machine_name */
            readonly name: string;
            readonly machine_name: string;
            /** @description The user guide: the same as machine_name */
            readonly machinename: string;
            readonly site_name: string | null;
            /** @description The user guide: the same as site_name */
            readonly sitename: string | null;
            readonly platform: string | null;
            readonly api_key_prefix: string;
            readonly status: 'live' | 'idle' | 'uploaded' | 'never seen';
            readonly last_seen: string | null;
            readonly last_upload: string | null;
            readonly files_count: number;
            /** @description The first sample its uploaded files brought (for a collector fed by files) */
            readonly data_from: string | null;
            /** @description The last sample its files brought */
            readonly data_to: string | null;
            readonly system_info: {
              readonly [key: string]: unknown;
            } | null;
            readonly created_at: string;
            /** @description Shown once: give it to pcc (--apikey or PCC_APIKEY) */
            readonly api_key: string;
            readonly install_command: string;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getCollector: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** Format: uuid */
            readonly id: string;
            /** @description XATSimplified: the same as machine_name */
            readonly name: string;
            readonly machine_name: string;
            /** @description The user guide: the same as machine_name */
            readonly machinename: string;
            readonly site_name: string | null;
            /** @description The user guide: the same as site_name */
            readonly sitename: string | null;
            readonly platform: string | null;
            readonly api_key_prefix: string;
            readonly status: 'live' | 'idle' | 'uploaded' | 'never seen';
            readonly last_seen: string | null;
            readonly last_upload: string | null;
            readonly files_count: number;
            /** @description The first sample its uploaded files brought (for a collector fed by files) */
            readonly data_from: string | null;
            /** @description The last sample its files brought */
            readonly data_to: string | null;
            readonly system_info: {
              readonly [key: string]: unknown;
            } | null;
            readonly created_at: string;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly deleteCollector: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 204: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly regenerateCollectorKey: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** Format: uuid */
            readonly id: string;
            /** @description XATSimplified: the same as machine_name */
            readonly name: string;
            readonly machine_name: string;
            /** @description The user guide: the same as machine_name */
            readonly machinename: string;
            readonly site_name: string | null;
            /** @description The user guide: the same as site_name */
            readonly sitename: string | null;
            readonly platform: string | null;
            readonly api_key_prefix: string;
            readonly status: 'live' | 'idle' | 'uploaded' | 'never seen';
            readonly last_seen: string | null;
            readonly last_upload: string | null;
            readonly files_count: number;
            /** @description The first sample its uploaded files brought (for a collector fed by files) */
            readonly data_from: string | null;
            /** @description The last sample its files brought */
            readonly data_to: string | null;
            readonly system_info: {
              readonly [key: string]: unknown;
            } | null;
            readonly created_at: string;
            /** @description Shown once: give it to pcc (--apikey or PCC_APIKEY) */
            readonly api_key: string;
            readonly install_command: string;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly uploadFile: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** Format: uuid */
            readonly id: string;
            readonly filename: string;
            readonly description: string;
            readonly size_bytes: number;
            /** @description The user guide: the same as size_bytes */
            readonly file_size: number;
            readonly uploaded_at: string;
            /** @description The user guide: the same as uploaded_at */
            readonly upload_date: string;
            readonly uploaded_by: number | null;
            readonly rows_imported: number;
            readonly first_timestamp: string | null;
            readonly last_timestamp: string | null;
            /** @description The machine it came from, as a capture's header says; null for a host.csv */
            readonly system_info: {
              readonly [key: string]: unknown;
            } | null;
            /** @description Samples stored */
            readonly stored: number;
            /** @description Samples already held for those instants, left as they were */
            readonly duplicates: number;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listFiles: {
    readonly parameters: {
      readonly query?: {
        /** @description At most this many (default 50) */
        readonly limit?: number;
        /** @description Skip this many */
        readonly offset?: number;
      };
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** @description How many there are in all */
            readonly count: number;
            /**
             * Format: uri
             * @description The next page, or null on the last
             */
            readonly next: string | null;
            /**
             * Format: uri
             * @description The previous page, or null on the first
             */
            readonly previous: string | null;
            readonly results: readonly {
              /** Format: uuid */
              readonly id: string;
              readonly filename: string;
              readonly description: string;
              readonly size_bytes: number;
              /** @description The user guide: the same as size_bytes */
              readonly file_size: number;
              readonly uploaded_at: string;
              /** @description The user guide: the same as uploaded_at */
              readonly upload_date: string;
              readonly uploaded_by: number | null;
              readonly rows_imported: number;
              readonly first_timestamp: string | null;
              readonly last_timestamp: string | null;
              /** @description The machine it came from, as a capture's header says; null for a host.csv */
              readonly system_info: {
                readonly [key: string]: unknown;
              } | null;
            }[];
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly downloadFile: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
        readonly file: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description The file as it was uploaded, in its own content type */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/octet-stream': string;
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/octet-stream': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/octet-stream': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/octet-stream': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/octet-stream': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/octet-stream': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/octet-stream': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly deleteFile: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
        readonly file: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly samples_deleted: number;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly fileSamplesHeld: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
        readonly file: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly samples_held: number;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly exportHostCsv: {
    readonly parameters: {
      readonly query?: {
        /** @description Included */
        readonly start?: string;
        /** @description Excluded */
        readonly end?: string;
      };
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description host.csv: a header line, then a line per sample */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/csv': string;
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/csv': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/csv': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/csv': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/csv': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/csv': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/csv': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly uploadPerformanceFile: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** Format: uuid */
            readonly id: string;
            readonly filename: string;
            readonly description: string;
            readonly size_bytes: number;
            /** @description The user guide: the same as size_bytes */
            readonly file_size: number;
            readonly uploaded_at: string;
            /** @description The user guide: the same as uploaded_at */
            readonly upload_date: string;
            readonly uploaded_by: number | null;
            readonly rows_imported: number;
            readonly first_timestamp: string | null;
            readonly last_timestamp: string | null;
            /** @description The machine it came from, as a capture's header says; null for a host.csv */
            readonly system_info: {
              readonly [key: string]: unknown;
            } | null;
            /** @description Samples stored */
            readonly stored: number;
            /** @description Samples already held for those instants, left as they were */
            readonly duplicates: number;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly hostSeries: {
    readonly parameters: {
      readonly query?: {
        /** @description Relative to the end of the collector's own data, not to now (default ALL) */
        readonly range?: 'ALL' | '1H' | '6H' | '24H' | '7D';
        /** @description Instead of range: from this time */
        readonly start?: string;
        /** @description Instead of range: until this time */
        readonly end?: string;
        /** @description About one per pixel (default 1000) */
        readonly points?: number;
        /** @description Comma-separated metric names (default: all) */
        readonly metrics?: string;
        /** @description Instead of points: this bucket width (to put runs fetched one by one on one grid) */
        readonly bucket_seconds?: number;
        /** @description Buckets on multiples of their width since the epoch (clock, default), or from the start of the range */
        readonly align?: 'clock' | 'start';
      };
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly collector_id: string;
            /** Format: date-time */
            readonly from: string;
            /** Format: date-time */
            readonly to: string;
            readonly bucket_seconds: number;
            /** @description Each bucket's start, unix seconds, ascending */
            readonly time: readonly number[];
            /** @description Per host metric */
            readonly series: {
              readonly [key: string]: {
                readonly mean: readonly (number | null)[];
                readonly min: readonly (number | null)[];
                readonly max: readonly (number | null)[];
              };
            };
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly deviceSeries: {
    readonly parameters: {
      readonly query?: {
        /** @description Relative to the end of the collector's own data, not to now (default ALL) */
        readonly range?: 'ALL' | '1H' | '6H' | '24H' | '7D';
        /** @description Instead of range: from this time */
        readonly start?: string;
        /** @description Instead of range: until this time */
        readonly end?: string;
        /** @description About one per pixel (default 1000) */
        readonly points?: number;
        /** @description Comma-separated metric names (default: all) */
        readonly metrics?: string;
      };
      readonly header?: never;
      readonly path: {
        readonly id: string;
        readonly kind: 'cpus' | 'disks' | 'nets' | 'filesystems' | 'temperatures' | 'containers';
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** Format: date-time */
            readonly from: string;
            /** Format: date-time */
            readonly to: string;
            readonly bucket_seconds: number;
            /** @description Each bucket's start, unix seconds, ascending */
            readonly time: readonly number[];
            /** @description Per device (a CPU, disk, interface…), per metric of the device's table */
            readonly devices: {
              readonly [key: string]: {
                readonly [key: string]: {
                  readonly mean: readonly (number | null)[];
                  readonly min: readonly (number | null)[];
                  readonly max: readonly (number | null)[];
                };
              };
            };
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly utilisation: {
    readonly parameters: {
      readonly query?: {
        /** @description Relative to the end of the collector's own data, not to now (default ALL) */
        readonly range?: 'ALL' | '1H' | '6H' | '24H' | '7D';
        /** @description Instead of range: from this time */
        readonly start?: string;
        /** @description Instead of range: until this time */
        readonly end?: string;
        /** @description About one per pixel (default 1000) */
        readonly points?: number;
        /** @description Comma-separated metric names (default: all) */
        readonly metrics?: string;
      };
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** Format: date-time */
            readonly from: string;
            /** Format: date-time */
            readonly to: string;
            /** @description true: percentiles from every raw sample; false: from the rollups' sketches, within 1 % */
            readonly exact: boolean;
            /** @description Samples in the range */
            readonly samples: number;
            readonly rows: readonly {
              readonly metric: string;
              readonly unit: string;
              readonly description: string;
              /** @description Samples with a value for this metric */
              readonly count: number;
              readonly p50: number | null;
              readonly p90: number | null;
              readonly p95: number | null;
              readonly p99: number | null;
              readonly mean: number | null;
              readonly max: number | null;
              readonly min: number | null;
            }[];
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly compareCollectors: {
    readonly parameters: {
      readonly query: {
        /** @description Relative to the end of the collector's own data, not to now (default ALL) */
        readonly range?: 'ALL' | '1H' | '6H' | '24H' | '7D';
        /** @description Instead of range: from this time */
        readonly start?: string;
        /** @description Instead of range: until this time */
        readonly end?: string;
        /** @description About one per pixel (default 1000) */
        readonly points?: number;
        /** @description Comma-separated metric names (default: all) */
        readonly metrics?: string;
        /** @description Comma-separated collector ids (2 to 10) */
        readonly collectors: string;
        /** @description Default start */
        readonly align?: 'start' | 'clock';
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly align: 'start' | 'clock';
            readonly bucket_seconds: number;
            readonly collectors: readonly {
              readonly id: string;
              readonly machine_name: string;
              readonly site_name: string | null;
              /** Format: date-time */
              readonly from: string;
              /** Format: date-time */
              readonly to: string;
            }[];
            /** @description Each bucket's start, unix seconds, ascending */
            readonly time: readonly number[];
            /** @description Per collector id, per host metric */
            readonly series: {
              readonly [key: string]: {
                readonly [key: string]: {
                  readonly mean: readonly (number | null)[];
                  readonly min: readonly (number | null)[];
                  readonly max: readonly (number | null)[];
                };
              };
            };
            /** @description Per collector id */
            readonly tables: {
              readonly [key: string]: {
                /** @description true: percentiles from every raw sample; false: from the rollups' sketches, within 1 % */
                readonly exact: boolean;
                /** @description Samples in the range */
                readonly samples: number;
                readonly rows: readonly {
                  readonly metric: string;
                  readonly unit: string;
                  readonly description: string;
                  /** @description Samples with a value for this metric */
                  readonly count: number;
                  readonly p50: number | null;
                  readonly p90: number | null;
                  readonly p95: number | null;
                  readonly p99: number | null;
                  readonly mean: number | null;
                  readonly max: number | null;
                  readonly min: number | null;
                }[];
              };
            };
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listBenchmarks: {
    readonly parameters: {
      readonly query?: {
        /** @description At most this many (default 50) */
        readonly limit?: number;
        /** @description Skip this many */
        readonly offset?: number;
        readonly collector?: string;
        readonly name?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** @description How many there are in all */
            readonly count: number;
            /**
             * Format: uri
             * @description The next page, or null on the last
             */
            readonly next: string | null;
            /**
             * Format: uri
             * @description The previous page, or null on the first
             */
            readonly previous: string | null;
            readonly results: readonly {
              readonly id: number;
              readonly collector_id: string;
              readonly name: string;
              readonly score: number;
              readonly unit: string;
              readonly run_at: string;
              readonly details: unknown;
            }[];
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly recordBenchmarks: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json':
          | {
              /**
               * Format: uuid
               * @description Needed when a user posts; a collector key is the key's collector
               */
              readonly collector_id?: string;
              readonly suite: {
                readonly name: string;
                readonly version: number;
              };
              readonly hostname: string;
              readonly cpu_model: string;
              readonly cpu_count: number;
              readonly kernel: string;
              /** Format: date-time */
              readonly started_at: string;
              /** Format: date-time */
              readonly ended_at: string;
              readonly results: readonly {
                readonly name: string;
                readonly score: number;
                readonly unit: string;
                readonly parameters: {
                  readonly [key: string]: string | number | boolean;
                };
                readonly note?: string;
              }[];
            }
          | {
              /** Format: uuid */
              readonly collector_id: string;
              readonly name: string;
              readonly score: number;
              readonly unit?: string;
              /** Format: date-time */
              readonly run_at?: string;
              readonly details?: {
                readonly [key: string]: unknown;
              };
            };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json':
            | {
                readonly results: readonly {
                  readonly id: number;
                  readonly collector_id: string;
                  readonly name: string;
                  readonly score: number;
                  readonly unit: string;
                  readonly run_at: string;
                  readonly details: unknown;
                }[];
              }
            | {
                readonly id: number;
                readonly collector_id: string;
                readonly name: string;
                readonly score: number;
                readonly unit: string;
                readonly run_at: string;
                readonly details: unknown;
              };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly benchmarkStats: {
    readonly parameters: {
      readonly query?: {
        readonly name?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': readonly {
            readonly name: string;
            readonly collector_id: string;
            readonly count: number;
            readonly mean: number;
            readonly min: number;
            readonly max: number;
            readonly stddev: number;
          }[];
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listLoadTests: {
    readonly parameters: {
      readonly query?: {
        /** @description At most this many (default 50) */
        readonly limit?: number;
        /** @description Skip this many */
        readonly offset?: number;
        readonly collector?: string;
        /** @description Only the results of this test */
        readonly name?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** @description How many there are in all */
            readonly count: number;
            /**
             * Format: uri
             * @description The next page, or null on the last
             */
            readonly next: string | null;
            /**
             * Format: uri
             * @description The previous page, or null on the first
             */
            readonly previous: string | null;
            readonly results: readonly {
              readonly id: number;
              readonly collector_id: string;
              readonly name: string;
              readonly utilization_pct: number;
              readonly work_units: number;
              readonly run_at: string;
              readonly details: unknown;
              readonly run_id: number | null;
              readonly work_unit_version: number | null;
            }[];
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly recordLoadTest: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json':
          | {
              /**
               * Format: uuid
               * @description Needed when a user posts; a collector key is the key's collector
               */
              readonly collector_id?: string;
              readonly name: string;
              readonly hostname: string;
              readonly cpu_model: string;
              readonly cpu_count: number;
              readonly kernel: string;
              readonly work_unit: {
                readonly name: string;
                readonly version: number;
              };
              readonly threads: number;
              readonly levels: readonly number[];
              readonly step_duration_s: number;
              readonly period_ms: number;
              /** Format: date-time */
              readonly started_at: string;
              /** Format: date-time */
              readonly ended_at: string;
              readonly steps: readonly {
                readonly target_pct: number;
                readonly achieved_pct: number;
                readonly steal_pct: number;
                readonly own_pct: number;
                readonly units_per_s: number;
                readonly units_per_s_per_thread: readonly number[];
                readonly cpu_pct: {
                  readonly [key: string]: number;
                };
              }[];
            }
          | {
              /** Format: uuid */
              readonly collector_id: string;
              readonly name?: string;
              readonly utilization_pct: number;
              readonly work_units: number;
              /** Format: date-time */
              readonly run_at?: string;
              readonly details?: {
                readonly [key: string]: unknown;
              };
            };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json':
            | {
                readonly run: {
                  readonly collector_id: string;
                  readonly name: string;
                  readonly hostname: string;
                  readonly cpu_model: string;
                  readonly cpu_count: number;
                  readonly kernel: string;
                  readonly work_unit: {
                    readonly name: string;
                    readonly version: number;
                  };
                  readonly threads: number;
                  readonly levels: readonly number[];
                  readonly step_duration_s: number;
                  readonly period_ms: number;
                  /** Format: date-time */
                  readonly started_at: string;
                  /** Format: date-time */
                  readonly ended_at: string;
                  readonly steps: readonly {
                    readonly target_pct: number;
                    readonly achieved_pct: number;
                    readonly steal_pct: number;
                    readonly own_pct: number;
                    readonly units_per_s: number;
                    readonly units_per_s_per_thread: readonly number[];
                    readonly cpu_pct: {
                      readonly [key: string]: number;
                    };
                  }[];
                  readonly id: number;
                };
                readonly results: readonly {
                  readonly id: number;
                  readonly collector_id: string;
                  readonly name: string;
                  readonly utilization_pct: number;
                  readonly work_units: number;
                  readonly run_at: string;
                  readonly details: unknown;
                  readonly run_id: number | null;
                  readonly work_unit_version: number | null;
                }[];
              }
            | {
                readonly id: number;
                readonly collector_id: string;
                readonly name: string;
                readonly utilization_pct: number;
                readonly work_units: number;
                readonly run_at: string;
                readonly details: unknown;
                readonly run_id: number | null;
                readonly work_unit_version: number | null;
              };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listLoadTestRuns: {
    readonly parameters: {
      readonly query?: {
        /** @description At most this many (default 50) */
        readonly limit?: number;
        /** @description Skip this many */
        readonly offset?: number;
        readonly collector?: string;
        /** @description Only the runs of this test */
        readonly name?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** @description How many there are in all */
            readonly count: number;
            /**
             * Format: uri
             * @description The next page, or null on the last
             */
            readonly next: string | null;
            /**
             * Format: uri
             * @description The previous page, or null on the first
             */
            readonly previous: string | null;
            readonly results: readonly {
              readonly collector_id: string;
              readonly name: string;
              readonly hostname: string;
              readonly cpu_model: string;
              readonly cpu_count: number;
              readonly kernel: string;
              readonly work_unit: {
                readonly name: string;
                readonly version: number;
              };
              readonly threads: number;
              readonly levels: readonly number[];
              readonly step_duration_s: number;
              readonly period_ms: number;
              /** Format: date-time */
              readonly started_at: string;
              /** Format: date-time */
              readonly ended_at: string;
              readonly steps: readonly {
                readonly target_pct: number;
                readonly achieved_pct: number;
                readonly steal_pct: number;
                readonly own_pct: number;
                readonly units_per_s: number;
                readonly units_per_s_per_thread: readonly number[];
                readonly cpu_pct: {
                  readonly [key: string]: number;
                };
              }[];
              readonly id: number;
            }[];
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getLoadTestRun: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: number;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly collector_id: string;
            readonly name: string;
            readonly hostname: string;
            readonly cpu_model: string;
            readonly cpu_count: number;
            readonly kernel: string;
            readonly work_unit: {
              readonly name: string;
              readonly version: number;
            };
            readonly threads: number;
            readonly levels: readonly number[];
            readonly step_duration_s: number;
            readonly period_ms: number;
            /** Format: date-time */
            readonly started_at: string;
            /** Format: date-time */
            readonly ended_at: string;
            readonly steps: readonly {
              readonly target_pct: number;
              readonly achieved_pct: number;
              readonly steal_pct: number;
              readonly own_pct: number;
              readonly units_per_s: number;
              readonly units_per_s_per_thread: readonly number[];
              readonly cpu_pct: {
                readonly [key: string]: number;
              };
            }[];
            readonly id: number;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly compareLoadTests: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly collector_ids: readonly string[];
          /** @description The test to compare; needed when the collectors' results come from several */
          readonly name?: string;
          /** @description The work-unit version to compare; needed when the test has results of several (null: levels posted one by one, without a version) */
          readonly work_unit_version?: number | null;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** @description The test compared */
            readonly name: string;
            readonly work_unit_version: number | null;
            readonly levels: readonly number[];
            readonly collectors: readonly {
              readonly collector_id: string;
              readonly machine_name: string;
              readonly work_units: readonly (number | null)[];
              /** @description How many results each level is the mean of */
              readonly runs: readonly number[];
              /** @description The runs those results came from */
              readonly run_ids: readonly number[];
            }[];
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      readonly 413: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      readonly 415: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly downloadReport: {
    readonly parameters: {
      readonly query: {
        /** @description Comma-separated: a collector id, or id~uploadId for one uploaded capture. One run: its report; 2 to 10: the comparison report, the runs in this order */
        readonly runs: string;
        /** @description Relative to the end of the collector's own data, not to now (default ALL) */
        readonly range?: 'ALL' | '1H' | '6H' | '24H' | '7D';
        /** @description Instead of range: from this time */
        readonly start?: string;
        /** @description Instead of range: until this time */
        readonly end?: string;
        /** @description html (report.html), pdf (report.pdf) or png (the PNGs in a zip) */
        readonly format: 'html' | 'pdf' | 'png';
        /** @description For the PDF: a4 (default) or letter */
        readonly paper?: 'a4' | 'letter';
        /** @description A comparison: from t = 0 (default) or on the clock */
        readonly align?: 'start' | 'clock';
        /** @description A comparison: the statistic its tables compare (default p95) */
        readonly stat?: 'p50' | 'p90' | 'p95' | 'p99' | 'mean' | 'max';
        /** @description The time zone of the report's times, an IANA name (the viewer's; default the server's) */
        readonly tz?: string;
        /** @description The Compare page's zoom window, with zoom_to: seconds on its charts' axis (from each run's start when aligned at t = 0, unix seconds on the clock); each run's report covers that window only */
        readonly zoom_from?: number;
        /** @description The end of the zoom window (see zoom_from) */
        readonly zoom_to?: number;
        /** @description A comparison: the baseline run, from 0 (default 0) */
        readonly base?: number;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description report.html, report.pdf, or a zip of the PNGs (Content-Disposition names the file) */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/html': string;
          readonly 'application/pdf': string;
          readonly 'application/zip': string;
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/html': components['schemas']['ApiError'];
          readonly 'application/pdf': components['schemas']['ApiError'];
          readonly 'application/zip': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      readonly 401: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/html': components['schemas']['ApiError'];
          readonly 'application/pdf': components['schemas']['ApiError'];
          readonly 'application/zip': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      readonly 403: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/html': components['schemas']['ApiError'];
          readonly 'application/pdf': components['schemas']['ApiError'];
          readonly 'application/zip': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/html': components['schemas']['ApiError'];
          readonly 'application/pdf': components['schemas']['ApiError'];
          readonly 'application/zip': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/html': components['schemas']['ApiError'];
          readonly 'application/pdf': components['schemas']['ApiError'];
          readonly 'application/zip': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/html': components['schemas']['ApiError'];
          readonly 'application/pdf': components['schemas']['ApiError'];
          readonly 'application/zip': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly installScript: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description The installer, a bash script */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/x-shellscript': string;
        };
      };
      /** @description A bash script that prints the problem (echo '…' >&2) and exits 1 */
      readonly 400: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/x-shellscript': string;
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/x-shellscript': components['schemas']['ApiError'];
        };
      };
      /** @description A bash script that prints the problem (echo '…' >&2) and exits 1 */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/x-shellscript': string;
        };
      };
    };
  };
  readonly agentBundle: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description pcc.mjs */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/javascript': string;
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/javascript': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/javascript': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/javascript': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly agentBinaryX64: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description pcc-linux-x64 */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/octet-stream': string;
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/octet-stream': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/octet-stream': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/octet-stream': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly agentBinaryArm64: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description pcc-linux-arm64 */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/octet-stream': string;
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      readonly 404: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/octet-stream': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      readonly 500: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/octet-stream': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      readonly 503: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/octet-stream': components['schemas']['ApiError'];
        };
      };
    };
  };
}
