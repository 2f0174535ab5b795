/**
 * The portal API's types, generated from its OpenAPI document by openapi-typescript: do not edit. After a
 * change to a route's schema, run `npm run api:types` (api-types.test.ts fails until then). The web app and
 * pcctl read them through api-answers.ts.
 */

export interface paths {
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Health of this process and its database
     * @description Who: No credentials needed.
     */
    get: operations['health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/register/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Register or update a collector from pcc
     * @description Who: pcc, with its collector's API key.
     */
    post: operations['registerCollector'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/metrics/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Store a batch of samples (gzip accepted); a resent batch changes nothing
     * @description Who: pcc, with its collector's API key.
     */
    post: operations['storeSamples'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every collector's latest sample and the server's own metrics, Prometheus text format
     * @description Who: Any user (viewer, analyst or admin).
     */
    get: operations['prometheusMetrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/signup/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Whether sign-up is open here: a tenant without users takes its first admin (with the setup link, or from the server's own machine); after that, only while an admin has opened sign-up
     * @description Who: No credentials needed.
     */
    get: operations['signUpStatus'];
    put?: never;
    /**
     * Sign up. A tenant's first user becomes its admin: with the setup token the server printed, or from the server's own machine; later ones get the role the admin allows
     * @description Who: No credentials needed.
     */
    post: operations['signUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/token/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Log in: a JWT access token and a refresh token. Failed attempts are counted per account, per client address and per both; past a few, each further attempt must wait (429 with Retry-After)
     * @description Who: No credentials needed.
     */
    post: operations['logIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/token/refresh/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A new token pair for a refresh token. A refresh token works once: using one again ends its session
     * @description Who: No credentials needed.
     */
    post: operations['refreshTokens'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Log out: ends this session, or with everywhere=true every session of yours
     * @description Who: Any user (viewer, analyst or admin).
     */
    post: operations['logOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/user/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The current user
     * @description Who: Any user (viewer, analyst or admin).
     */
    get: operations['getCurrentUser'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change your password: ends all your sessions, and answers the tokens of a new one for this client
     * @description Who: Any user (viewer, analyst or admin).
     */
    post: operations['changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/api-keys/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Your API keys
     * @description Who: Any user (viewer, analyst or admin).
     */
    get: operations['listApiKeys'];
    put?: never;
    /**
     * Create an API key for scripts; it is shown once
     * @description Who: Any user (viewer, analyst or admin).
     */
    post: operations['createApiKey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/api-keys/{id}/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke one of your API keys
     * @description Who: Any user (viewer, analyst or admin).
     */
    delete: operations['revokeApiKey'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The users of this tenant
     * @description Who: An admin.
     */
    get: operations['listUsers'];
    put?: never;
    /**
     * Create a user with a role
     * @description Who: An admin.
     */
    post: operations['createUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete a user (and end their sessions)
     * @description Who: An admin.
     */
    delete: operations['deleteUser'];
    options?: never;
    head?: never;
    /**
     * Change a user's role: ends the user's sessions (they log in again with the new role)
     * @description Who: An admin.
     */
    patch: operations['setUserRole'];
    trace?: never;
  };
  '/api/v1/settings/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * This tenant's settings
     * @description Who: An admin.
     */
    get: operations['getSettings'];
    /**
     * Change this tenant's settings
     * @description Who: An admin.
     */
    put: operations['putSettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/collectors/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List collectors (paginated, filterable by site)
     * @description Who: Any user (viewer, analyst or admin).
     */
    get: operations['listCollectors'];
    put?: never;
    /**
     * Create a collector: answers with its API key and the one-line install command
     * @description The machine name may come as machine_name, as machinename (the user guide) or as name (XATSimplified); the site as site_name or sitename.
     *
     *     Who: An admin.
     */
    post: operations['createCollector'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/collectors/{id}/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A collector, with its files count, last upload, last seen, status and system info
     * @description Who: Any user (viewer, analyst or admin).
     */
    get: operations['getCollector'];
    put?: never;
    post?: never;
    /**
     * Delete a collector with all its samples and files
     * @description Who: An admin.
     */
    delete: operations['deleteCollector'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/collectors/{id}/regenerate-key/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A new API key; the old one stops working at once
     * @description Who: An admin.
     */
    post: operations['regenerateCollectorKey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/collectors/{id}/upload/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload a host.csv (plain or gzip) or a pcc capture (multipart: file, description); it is kept and its samples imported
     * @description Who: An analyst or admin.
     */
    post: operations['uploadFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/collectors/{id}/files/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A collector's uploaded files
     * @description Who: Any user (viewer, analyst or admin).
     */
    get: operations['listFiles'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/collectors/{id}/files/{file}/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download an uploaded file as it was sent
     * @description Who: Any user (viewer, analyst or admin).
     */
    get: operations['downloadFile'];
    put?: never;
    post?: never;
    /**
     * Delete an uploaded file and the samples it stored, and no others (admins, or the analyst who uploaded it); answers how many samples went
     * @description Who: An analyst or admin.
     */
    delete: operations['deleteFile'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/collectors/{id}/files/{file}/samples/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * How many samples this file stored are still kept: what deleting it deletes (samples of the same instants stored by the agent or by another upload are not its own and stay)
     * @description Who: Any user (viewer, analyst or admin).
     */
    get: operations['fileSamplesHeld'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/collectors/{id}/export/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A collector's samples as host.csv, for a date range
     * @description Who: Any user (viewer, analyst or admin).
     */
    get: operations['exportHostCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/performance/upload': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload a host.csv or a pcc capture to the collector machine_id names (multipart: file, machine_id, description)
     * @description machine_id is the collector's machine name (e.g. test-vm-01) or its id. The answer is the upload's, as POST /api/v1/collectors/{id}/upload/ gives it. Authorization: Bearer <access token>, or a user API key as ApiKey <username>:<key> or Bearer <username>:<key>.
     *
     *     Who: An analyst or admin.
     */
    post: operations['uploadPerformanceFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/collectors/{id}/series/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A collector's host metrics, downsampled in the database to about `points` buckets (mean, min, max)
     * @description Who: Any user (viewer, analyst or admin).
     */
    get: operations['hostSeries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/collectors/{id}/devices/{kind}/series/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Per-device series: CPUs, disks, interfaces, filesystems, temperatures or containers
     * @description Who: Any user (viewer, analyst or admin).
     */
    get: operations['deviceSeries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/collectors/{id}/utilisation/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * P50, P90, P95, P99, mean, max and min of every host metric over the range, from the raw samples
     * @description Who: Any user (viewer, analyst or admin).
     */
    get: operations['utilisation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/compare/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Several collectors: series aligned at the start of each run (t = 0) or on the clock, and their tables
     * @description Who: Any user (viewer, analyst or admin).
     */
    get: operations['compareCollectors'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/benchmarks/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Benchmark runs
     * @description Who: Any user (viewer, analyst or admin).
     */
    get: operations['listBenchmarks'];
    put?: never;
    /**
     * Record a benchmark suite run as pcc benchmark posts it (a row per result; with a collector key, or a user naming collector_id), or one benchmark score
     * @description Who: pcc with its collector's API key, or an analyst or admin naming collector_id.
     */
    post: operations['recordBenchmarks'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/benchmarks/stats/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Per benchmark name and collector: count, mean, min, max, stddev
     * @description Who: Any user (viewer, analyst or admin).
     */
    get: operations['benchmarkStats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/loadtest/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Load-test results, a row per level
     * @description Who: Any user (viewer, analyst or admin).
     */
    get: operations['listLoadTests'];
    put?: never;
    /**
     * Record a load-test run as pcc loadtest posts it (with a collector key, or a user naming collector_id), or one level: the CPU work units a collector delivered at a utilisation level
     * @description Who: pcc with its collector's API key, or an analyst or admin naming collector_id.
     */
    post: operations['recordLoadTest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/loadtest/runs/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Load-test runs, newest first, each with its definition and levels
     * @description Who: Any user (viewer, analyst or admin).
     */
    get: operations['listLoadTestRuns'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/loadtest/runs/{id}/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One load-test run
     * @description Who: Any user (viewer, analyst or admin).
     */
    get: operations['getLoadTestRun'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/loadtest/compare/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * CPU work units at each utilisation level of one load test (name and work-unit version) across collectors: the mean of its results at each level, how many results that is, and the runs used (results of other tests or versions are never averaged in)
     * @description Who: Any user (viewer, analyst or admin).
     */
    post: operations['compareLoadTests'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/collectors/{id}/runs/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A collector's runs, by start: the named ones and its load-test runs
     * @description Who: Any user (viewer, analyst or admin).
     */
    get: operations['listRuns'];
    put?: never;
    /**
     * Name a window of the collector's data as a run ("200 users, after the kernel update")
     * @description Who: An analyst or admin.
     */
    post: operations['createRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/runs/{id}/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One named run
     * @description Who: Any user (viewer, analyst or admin).
     */
    get: operations['getRun'];
    put?: never;
    post?: never;
    /**
     * Delete a named run (its data stays)
     * @description Who: An analyst or admin.
     */
    delete: operations['deleteRun'];
    options?: never;
    head?: never;
    /**
     * Rename, annotate or move a named run (409 when someone changed it since you read it)
     * @description Who: An analyst or admin.
     */
    patch: operations['updateRun'];
    trace?: never;
  };
  '/api/v1/reports/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A report to download: one collector's or capture's (its charts, table and findings) or the comparison of several
     * @description Who: Any user (viewer, analyst or admin).
     */
    get: operations['downloadReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/install.sh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The pcc installer: curl -s <portal>/install.sh | API_KEY=<key> bash
     * @description A bash script that installs pcc (Node.js 20+) and points it at this server, which it names by the Host header of this request; a Host header that is not a plain host or address is 400.
     *
     *     Who: No credentials needed.
     */
    get: operations['installScript'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/install/pcc.mjs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The agent, pcc, as one ES module file for Node.js 20+ (its version in X-PCC-Version)
     * @description Who: No credentials needed.
     */
    get: operations['agentBundle'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/install/pcc-linux-x64': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The agent, pcc, as a self-contained executable for Linux on x64 (no Node.js needed)
     * @description Node.js 20.20.2 with pcc inside (a single executable application), about 95 MiB; 404 when this server has not built it (npm run build:binary -w @perfanalysis/pcc).
     *
     *     Who: No credentials needed.
     */
    get: operations['agentBinaryX64'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/install/pcc-linux-arm64': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The agent, pcc, as a self-contained executable for Linux on arm64 (no Node.js needed)
     * @description Node.js 20.20.2 with pcc inside (a single executable application), about 95 MiB; 404 when this server has not built it (npm run build:binary -w @perfanalysis/pcc).
     *
     *     Who: No credentials needed.
     */
    get: operations['agentBinaryArm64'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ApiError: {
      error: {
        code:
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
          | 'INGEST_BUSY'
          | 'PDF_UNAVAILABLE';
        message: string;
        status: number;
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
  health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ok';
            database: string;
          };
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'unavailable';
            database: string;
            error: string;
          };
        };
      };
    };
  };
  registerCollector: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          hostname: string;
          /** @description Operating system name */
          os_name: string;
          /** @description Operating system version */
          os_version: string;
          /** @description Kernel release */
          kernel: string;
          /** @description CPU architecture */
          arch: string;
          /** @description CPU vendor */
          cpu_vendor: string;
          /** @description CPU model */
          cpu_model: string;
          cpu_count: number;
          mem_total_mb: number;
          ip_addresses: string[];
          storage_gb: number;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            collector_id: string;
            machine_name: string;
            registered_at: string;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  storeSamples: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          samples: {
            /** @description End of the interval: unix milliseconds or ISO 8601 */
            timestamp: number | string;
            interval?: number;
            /** @description User CPU time (guest time excluded) (%, -1 to 101) */
            cpu_user?: number | null;
            /** @description System CPU time (%, -1 to 101) */
            cpu_system?: number | null;
            /** @description I/O wait time (%, -1 to 101) */
            cpu_iowait?: number | null;
            /** @description Idle time (%, -1 to 101) */
            cpu_idle?: number | null;
            /** @description Stolen time (VM) (%, -1 to 101) */
            cpu_steal?: number | null;
            /** @description Total memory (MB, 0 to 17592186044416) */
            mem_total?: number | null;
            /** @description Used memory (total - available) (MB, 0 to 17592186044416) */
            mem_used?: number | null;
            /** @description Available memory (MB, 0 to 17592186044416) */
            mem_available?: number | null;
            /** @description Buffer memory (MB, 0 to 17592186044416) */
            mem_buffers?: number | null;
            /** @description Cached memory (MB, 0 to 17592186044416) */
            mem_cached?: number | null;
            /** @description Disk read throughput (bytes/s, 0 to 100000000000000) */
            disk_read_bytes?: number | null;
            /** @description Disk write throughput (bytes/s, 0 to 100000000000000) */
            disk_write_bytes?: number | null;
            /** @description Disk read IOPS (ops/s, 0 to 1000000000000) */
            disk_read_ops?: number | null;
            /** @description Disk write IOPS (ops/s, 0 to 1000000000000) */
            disk_write_ops?: number | null;
            /** @description Network receive (bytes/s, 0 to 100000000000000) */
            net_rx_bytes?: number | null;
            /** @description Network transmit (bytes/s, 0 to 100000000000000) */
            net_tx_bytes?: number | null;
            /** @description Packets received (pkt/s, 0 to 1000000000000) */
            net_rx_packets?: number | null;
            /** @description Packets transmitted (pkt/s, 0 to 1000000000000) */
            net_tx_packets?: number | null;
            /** @description Niced user CPU time (guest nice excluded) (%, -1 to 101) */
            cpu_nice?: number | null;
            /** @description Hardware interrupt time (%, -1 to 101) */
            cpu_irq?: number | null;
            /** @description Software interrupt time (%, -1 to 101) */
            cpu_softirq?: number | null;
            /** @description Time running guest VMs (%, -1 to 101) */
            cpu_guest?: number | null;
            /** @description Time running niced guest VMs (%, -1 to 101) */
            cpu_guest_nice?: number | null;
            /** @description Load average, 1 minute (0 to 8388608) */
            load_1m?: number | null;
            /** @description Load average, 5 minutes (0 to 8388608) */
            load_5m?: number | null;
            /** @description Load average, 15 minutes (0 to 8388608) */
            load_15m?: number | null;
            /** @description Context switches (/s, 0 to 1000000000000) */
            ctx_switches?: number | null;
            /** @description Interrupts (/s, 0 to 1000000000000) */
            interrupts?: number | null;
            /** @description Runnable processes (0 to 8388608) */
            procs_running?: number | null;
            /** @description Processes blocked on I/O (0 to 8388608) */
            procs_blocked?: number | null;
            /** @description Free memory (MB, 0 to 17592186044416) */
            mem_free?: number | null;
            /** @description Total swap (MB, 0 to 17592186044416) */
            swap_total?: number | null;
            /** @description Used swap (MB, 0 to 17592186044416) */
            swap_used?: number | null;
            /** @description Busiest whole disk: time with I/O in flight (%, -1 to 101) */
            disk_util?: number | null;
            /** @description Receive errors (/s, 0 to 1000000000000) */
            net_rx_errors?: number | null;
            /** @description Transmit errors (/s, 0 to 1000000000000) */
            net_tx_errors?: number | null;
            /** @description Received packets dropped (/s, 0 to 1000000000000) */
            net_rx_drops?: number | null;
            /** @description Transmitted packets dropped (/s, 0 to 1000000000000) */
            net_tx_drops?: number | null;
            /** @description Hottest CPU or thermal-zone sensor (°C, -273.15 to 1000) */
            temperature?: number | null;
            cpus?: {
              cpu: string;
              /** @description User time (guest excluded) (%, -1 to 101) */
              user: number;
              /** @description Nice time (guest nice excluded) (%, -1 to 101) */
              nice: number;
              /** @description System time (%, -1 to 101) */
              system: number;
              /** @description Idle time (%, -1 to 101) */
              idle: number;
              /** @description I/O wait (%, -1 to 101) */
              iowait: number;
              /** @description Hardware interrupts (%, -1 to 101) */
              irq: number;
              /** @description Software interrupts (%, -1 to 101) */
              softirq: number;
              /** @description Stolen time (%, -1 to 101) */
              steal: number;
              /** @description Guest time (%, -1 to 101) */
              guest: number;
              /** @description Guest nice time (%, -1 to 101) */
              guest_nice: number;
              /** @description Current clock frequency (cpufreq scaling_cur_freq, else /proc/cpuinfo cpu MHz) (MHz, 0 to 100000) */
              mhz?: number | null;
            }[];
            disks?: {
              device: string;
              /** @description Read throughput (bytes/s, 0 to 100000000000000) */
              read_bytes: number;
              /** @description Write throughput (bytes/s, 0 to 100000000000000) */
              write_bytes: number;
              /** @description Reads completed (ops/s, 0 to 1000000000000) */
              read_ops: number;
              /** @description Writes completed (ops/s, 0 to 1000000000000) */
              write_ops: number;
              /** @description Time with I/O in flight (%, -1 to 101) */
              util: number;
              /** @description Average time per completed I/O, as iostat's await (ms, 0 to 4294967296) */
              await_ms: number;
            }[];
            nets?: {
              iface: string;
              /** @description Received (bytes/s, 0 to 100000000000000) */
              rx_bytes: number;
              /** @description Transmitted (bytes/s, 0 to 100000000000000) */
              tx_bytes: number;
              /** @description Packets received (pkt/s, 0 to 1000000000000) */
              rx_packets: number;
              /** @description Packets transmitted (pkt/s, 0 to 1000000000000) */
              tx_packets: number;
              /** @description Receive errors (/s, 0 to 1000000000000) */
              rx_errors: number;
              /** @description Transmit errors (/s, 0 to 1000000000000) */
              tx_errors: number;
              /** @description Receive drops (/s, 0 to 1000000000000) */
              rx_drops: number;
              /** @description Transmit drops (/s, 0 to 1000000000000) */
              tx_drops: number;
            }[];
            filesystems?: {
              mount: string;
              fstype: string;
              source: string;
              /** @description Size (MB, 0 to 17592186044416) */
              size_mb: number;
              /** @description Used (MB, 0 to 17592186044416) */
              used_mb: number;
              /** @description Available to unprivileged users (MB, 0 to 17592186044416) */
              avail_mb: number;
              /** @description Used, as df reports it (%, -1 to 101) */
              used_pct: number;
              /** @description Inodes (0 to 18446744073709552000) */
              inodes_total: number;
              /** @description Inodes used (0 to 18446744073709552000) */
              inodes_used: number;
            }[];
            temperatures?: {
              sensor: string;
              /** @description Temperature (°C, -273.15 to 1000) */
              celsius: number;
            }[];
            containers?: {
              container_id: string;
              container_name: string;
              /** @description CPU time, 100 = one core (as docker stats) (%, -1 to 819201) */
              cpu_percent: number | null;
              /** @description Memory charged to the cgroup (memory.current) (MB, 0 to 17592186044416) */
              mem_usage_mb: number | null;
              /** @description Memory limit (memory.max); empty when unlimited (MB, 0 to 17592186044416) */
              mem_limit_mb: number | null;
              /** @description Anonymous memory (memory.stat anon) (MB, 0 to 17592186044416) */
              mem_rss_mb: number | null;
              /** @description Page cache (memory.stat file) (MB, 0 to 17592186044416) */
              mem_cache_mb: number | null;
              /** @description Usage minus inactive page cache, at least 0 (as docker stats and cAdvisor) (MB, 0 to 17592186044416) */
              mem_working_set_mb: number | null;
              /** @description Block device reads (io.stat rbytes) (bytes/s, 0 to 100000000000000) */
              blk_read_bytes: number | null;
              /** @description Block device writes (io.stat wbytes) (bytes/s, 0 to 100000000000000) */
              blk_write_bytes: number | null;
              /** @description Block device read operations (io.stat rios) (ops/s, 0 to 1000000000000) */
              blk_read_ops: number | null;
              /** @description Block device write operations (io.stat wios) (ops/s, 0 to 1000000000000) */
              blk_write_ops: number | null;
              /** @description Received, all interfaces but lo (bytes/s, 0 to 100000000000000) */
              net_rx_bytes: number | null;
              /** @description Transmitted, all interfaces but lo (bytes/s, 0 to 100000000000000) */
              net_tx_bytes: number | null;
              /** @description Packets received (pkt/s, 0 to 1000000000000) */
              net_rx_packets: number | null;
              /** @description Packets transmitted (pkt/s, 0 to 1000000000000) */
              net_tx_packets: number | null;
              /** @description Receive errors (/s, 0 to 1000000000000) */
              net_rx_errors: number | null;
              /** @description Transmit errors (/s, 0 to 1000000000000) */
              net_tx_errors: number | null;
              /** @description Receive drops (/s, 0 to 1000000000000) */
              net_rx_drops: number | null;
              /** @description Transmit drops (/s, 0 to 1000000000000) */
              net_tx_drops: number | null;
              /** @description Processes and threads (pids.current) (0 to 8388608) */
              pids: number | null;
            }[];
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            stored: number;
            duplicates: number;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  prometheusMetrics: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Prometheus text exposition format, version 0.0.4 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/plain': components['schemas']['ApiError'];
        };
      };
    };
  };
  signUpStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description False: sign-up is closed; an admin makes accounts */
            open: boolean;
          };
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  signUp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          username: string;
          password: string;
          email?: string;
          /** @description The one-time token of the setup link `serve` prints */
          setup_token?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              id: number;
              username: string;
              email: string;
              /** @description admin (everything), analyst (view, analyse, upload) or viewer (read only) */
              role: 'admin' | 'analyst' | 'viewer';
              tenant: string;
              /** Format: date-time */
              created_at: string;
            };
            access: string;
            refresh: string;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description That already exists */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  logIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          username: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            access: string;
            refresh: string;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Too many failed attempts; wait a little */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  refreshTokens: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          refresh: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            access: string;
            refresh: string;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  logOut: {
    parameters: {
      query?: {
        everywhere?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  getCurrentUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: number;
            username: string;
            email: string;
            /** @description admin (everything), analyst (view, analyse, upload) or viewer (read only) */
            role: 'admin' | 'analyst' | 'viewer';
            tenant: string;
            /** Format: date-time */
            created_at: string;
          };
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          current_password: string;
          new_password: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            access: string;
            refresh: string;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  listApiKeys: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: number;
            name: string;
            prefix: string;
            created_at: string;
            last_used_at: string | null;
            revoked_at: string | null;
          }[];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  createApiKey: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: number;
            name: string;
            key: string;
            authorization: string;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  revokeApiKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A positive integer id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  listUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: number;
            username: string;
            email: string;
            /** @description admin (everything), analyst (view, analyse, upload) or viewer (read only) */
            role: 'admin' | 'analyst' | 'viewer';
            tenant: string;
            /** Format: date-time */
            created_at: string;
          }[];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  createUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          username: string;
          password: string;
          /** @description admin (everything), analyst (view, analyse, upload) or viewer (read only) */
          role: 'admin' | 'analyst' | 'viewer';
          email?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: number;
            username: string;
            email: string;
            /** @description admin (everything), analyst (view, analyse, upload) or viewer (read only) */
            role: 'admin' | 'analyst' | 'viewer';
            tenant: string;
            /** Format: date-time */
            created_at: string;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description That already exists */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  deleteUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A positive integer id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  setUserRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A positive integer id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description admin (everything), analyst (view, analyse, upload) or viewer (read only) */
          role: 'admin' | 'analyst' | 'viewer';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: number;
            username: string;
            email: string;
            /** @description admin (everything), analyst (view, analyse, upload) or viewer (read only) */
            role: 'admin' | 'analyst' | 'viewer';
            tenant: string;
            /** Format: date-time */
            created_at: string;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  getSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The role of users who sign up themselves; null closes sign-up (admins create users) */
            signup_role: ('admin' | 'analyst' | 'viewer') | (never | null);
          };
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  putSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The role of users who sign up themselves; null closes sign-up (admins create users) */
          signup_role: ('admin' | 'analyst' | 'viewer') | (never | null);
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The role of users who sign up themselves; null closes sign-up (admins create users) */
            signup_role: ('admin' | 'analyst' | 'viewer') | (never | null);
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  listCollectors: {
    parameters: {
      query?: {
        /** @description At most this many (default 50) */
        limit?: number;
        /** @description Skip this many */
        offset?: number;
        site?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description How many there are in all */
            count: number;
            /**
             * Format: uri
             * @description The next page, or null on the last
             */
            next: string | null;
            /**
             * Format: uri
             * @description The previous page, or null on the first
             */
            previous: string | null;
            results: {
              /** Format: uuid */
              id: string;
              /** @description XATSimplified: the same as machine_name */
              name: string;
              machine_name: string;
              /** @description The user guide: the same as machine_name */
              machinename: string;
              site_name: string | null;
              /** @description The user guide: the same as site_name */
              sitename: string | null;
              platform: string | null;
              api_key_prefix: string;
              status: 'live' | 'idle' | 'uploaded' | 'never seen';
              last_seen: string | null;
              last_upload: string | null;
              files_count: number;
              /** @description The first sample its uploaded files brought (for a collector fed by files) */
              data_from: string | null;
              /** @description The last sample its files brought */
              data_to: string | null;
              system_info: {
                [key: string]: unknown;
              } | null;
              created_at: string;
            }[];
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  createCollector: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The server host name, e.g. web-01 */
          machine_name?: string;
          /** @description Same as machine_name */
          machinename?: string;
          /** @description Same as machine_name */
          name?: string;
          /** @description A logical grouping, e.g. Production-East */
          site_name?: string;
          /** @description Same as site_name */
          sitename?: string;
          /** @description e.g. Linux Server */
          platform?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @description XATSimplified: the same as machine_name */
            name: string;
            machine_name: string;
            /** @description The user guide: the same as machine_name */
            machinename: string;
            site_name: string | null;
            /** @description The user guide: the same as site_name */
            sitename: string | null;
            platform: string | null;
            api_key_prefix: string;
            status: 'live' | 'idle' | 'uploaded' | 'never seen';
            last_seen: string | null;
            last_upload: string | null;
            files_count: number;
            /** @description The first sample its uploaded files brought (for a collector fed by files) */
            data_from: string | null;
            /** @description The last sample its files brought */
            data_to: string | null;
            system_info: {
              [key: string]: unknown;
            } | null;
            created_at: string;
            /** @description Shown once: give it to pcc (--apikey or PCC_APIKEY) */
            api_key: string;
            install_command: string;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  getCollector: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @description XATSimplified: the same as machine_name */
            name: string;
            machine_name: string;
            /** @description The user guide: the same as machine_name */
            machinename: string;
            site_name: string | null;
            /** @description The user guide: the same as site_name */
            sitename: string | null;
            platform: string | null;
            api_key_prefix: string;
            status: 'live' | 'idle' | 'uploaded' | 'never seen';
            last_seen: string | null;
            last_upload: string | null;
            files_count: number;
            /** @description The first sample its uploaded files brought (for a collector fed by files) */
            data_from: string | null;
            /** @description The last sample its files brought */
            data_to: string | null;
            system_info: {
              [key: string]: unknown;
            } | null;
            created_at: string;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  deleteCollector: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  regenerateCollectorKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @description XATSimplified: the same as machine_name */
            name: string;
            machine_name: string;
            /** @description The user guide: the same as machine_name */
            machinename: string;
            site_name: string | null;
            /** @description The user guide: the same as site_name */
            sitename: string | null;
            platform: string | null;
            api_key_prefix: string;
            status: 'live' | 'idle' | 'uploaded' | 'never seen';
            last_seen: string | null;
            last_upload: string | null;
            files_count: number;
            /** @description The first sample its uploaded files brought (for a collector fed by files) */
            data_from: string | null;
            /** @description The last sample its files brought */
            data_to: string | null;
            system_info: {
              [key: string]: unknown;
            } | null;
            created_at: string;
            /** @description Shown once: give it to pcc (--apikey or PCC_APIKEY) */
            api_key: string;
            install_command: string;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  uploadFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            filename: string;
            description: string;
            size_bytes: number;
            /** @description The user guide: the same as size_bytes */
            file_size: number;
            uploaded_at: string;
            /** @description The user guide: the same as uploaded_at */
            upload_date: string;
            uploaded_by: number | null;
            rows_imported: number;
            first_timestamp: string | null;
            last_timestamp: string | null;
            /** @description The machine it came from, as a capture's header says; null for a host.csv */
            system_info: {
              [key: string]: unknown;
            } | null;
            /** @description Samples stored */
            stored: number;
            /** @description Samples already held for those instants, left as they were */
            duplicates: number;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  listFiles: {
    parameters: {
      query?: {
        /** @description At most this many (default 50) */
        limit?: number;
        /** @description Skip this many */
        offset?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description How many there are in all */
            count: number;
            /**
             * Format: uri
             * @description The next page, or null on the last
             */
            next: string | null;
            /**
             * Format: uri
             * @description The previous page, or null on the first
             */
            previous: string | null;
            results: {
              /** Format: uuid */
              id: string;
              filename: string;
              description: string;
              size_bytes: number;
              /** @description The user guide: the same as size_bytes */
              file_size: number;
              uploaded_at: string;
              /** @description The user guide: the same as uploaded_at */
              upload_date: string;
              uploaded_by: number | null;
              rows_imported: number;
              first_timestamp: string | null;
              last_timestamp: string | null;
              /** @description The machine it came from, as a capture's header says; null for a host.csv */
              system_info: {
                [key: string]: unknown;
              } | null;
            }[];
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  downloadFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        file: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file as it was uploaded, in its own content type */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': components['schemas']['ApiError'];
        };
      };
    };
  };
  deleteFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        file: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            samples_deleted: number;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  fileSamplesHeld: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        file: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            samples_held: number;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  exportHostCsv: {
    parameters: {
      query?: {
        /** @description Included */
        start?: string;
        /** @description Excluded */
        end?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description host.csv: a header line, then a line per sample */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': components['schemas']['ApiError'];
        };
      };
    };
  };
  uploadPerformanceFile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            filename: string;
            description: string;
            size_bytes: number;
            /** @description The user guide: the same as size_bytes */
            file_size: number;
            uploaded_at: string;
            /** @description The user guide: the same as uploaded_at */
            upload_date: string;
            uploaded_by: number | null;
            rows_imported: number;
            first_timestamp: string | null;
            last_timestamp: string | null;
            /** @description The machine it came from, as a capture's header says; null for a host.csv */
            system_info: {
              [key: string]: unknown;
            } | null;
            /** @description Samples stored */
            stored: number;
            /** @description Samples already held for those instants, left as they were */
            duplicates: number;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  hostSeries: {
    parameters: {
      query?: {
        /** @description ALL, or the last N minutes, hours or days (90m, 6H, 7d), relative to the end of the collector's own data, not to now (default ALL) */
        range?: string;
        /** @description Instead of range: from this time */
        start?: string;
        /** @description Instead of range: until this time */
        end?: string;
        /** @description About one per pixel (default 1000) */
        points?: number;
        /** @description Comma-separated metric names (default: all) */
        metrics?: string;
        /** @description Instead of points: this bucket width (to put runs fetched one by one on one grid) */
        bucket_seconds?: number;
        /** @description Buckets on multiples of their width since the epoch (clock, default), or from the start of the range */
        align?: 'clock' | 'start';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            collector_id: string;
            /** @description true: the collector has no samples yet (a relative range found none): time, series, devices and rows are empty, from and to the time of asking */
            no_samples: boolean;
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            bucket_seconds: number;
            /** @description Each bucket's start, unix seconds, ascending */
            time: number[];
            /** @description Per host metric */
            series: {
              [key: string]: {
                mean: (number | null)[];
                min: (number | null)[];
                max: (number | null)[];
              };
            };
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  deviceSeries: {
    parameters: {
      query?: {
        /** @description ALL, or the last N minutes, hours or days (90m, 6H, 7d), relative to the end of the collector's own data, not to now (default ALL) */
        range?: string;
        /** @description Instead of range: from this time */
        start?: string;
        /** @description Instead of range: until this time */
        end?: string;
        /** @description About one per pixel (default 1000) */
        points?: number;
        /** @description Comma-separated metric names (default: all) */
        metrics?: string;
      };
      header?: never;
      path: {
        id: string;
        kind: 'cpus' | 'disks' | 'nets' | 'filesystems' | 'temperatures' | 'containers';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description true: the collector has no samples yet (a relative range found none): time, series, devices and rows are empty, from and to the time of asking */
            no_samples: boolean;
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            bucket_seconds: number;
            /** @description Each bucket's start, unix seconds, ascending */
            time: number[];
            /** @description Per device (a CPU, disk, interface…), per metric of the device's table */
            devices: {
              [key: string]: {
                [key: string]: {
                  mean: (number | null)[];
                  min: (number | null)[];
                  max: (number | null)[];
                };
              };
            };
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  utilisation: {
    parameters: {
      query?: {
        /** @description ALL, or the last N minutes, hours or days (90m, 6H, 7d), relative to the end of the collector's own data, not to now (default ALL) */
        range?: string;
        /** @description Instead of range: from this time */
        start?: string;
        /** @description Instead of range: until this time */
        end?: string;
        /** @description About one per pixel (default 1000) */
        points?: number;
        /** @description Comma-separated metric names (default: all) */
        metrics?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description true: the collector has no samples yet (a relative range found none): time, series, devices and rows are empty, from and to the time of asking */
            no_samples: boolean;
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            /** @description true: percentiles from every raw sample; false: from the rollups' sketches, within 1 % */
            exact: boolean;
            /** @description Samples in the range */
            samples: number;
            rows: {
              metric: string;
              unit: string;
              description: string;
              /** @description Samples with a value for this metric */
              count: number;
              p50: number | null;
              p90: number | null;
              p95: number | null;
              p99: number | null;
              mean: number | null;
              max: number | null;
              min: number | null;
            }[];
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  compareCollectors: {
    parameters: {
      query: {
        /** @description ALL, or the last N minutes, hours or days (90m, 6H, 7d), relative to the end of the collector's own data, not to now (default ALL) */
        range?: string;
        /** @description Instead of range: from this time */
        start?: string;
        /** @description Instead of range: until this time */
        end?: string;
        /** @description About one per pixel (default 1000) */
        points?: number;
        /** @description Comma-separated metric names (default: all) */
        metrics?: string;
        /** @description Comma-separated collector ids (2 to 10) */
        collectors: string;
        /** @description Default start */
        align?: 'start' | 'clock';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            align: 'start' | 'clock';
            bucket_seconds: number;
            collectors: {
              id: string;
              machine_name: string;
              site_name: string | null;
              /** Format: date-time */
              from: string;
              /** Format: date-time */
              to: string;
            }[];
            /** @description Each bucket's start, unix seconds, ascending */
            time: number[];
            /** @description Per collector id, per host metric */
            series: {
              [key: string]: {
                [key: string]: {
                  mean: (number | null)[];
                  min: (number | null)[];
                  max: (number | null)[];
                };
              };
            };
            /** @description Per collector id */
            tables: {
              [key: string]: {
                /** @description true: percentiles from every raw sample; false: from the rollups' sketches, within 1 % */
                exact: boolean;
                /** @description Samples in the range */
                samples: number;
                rows: {
                  metric: string;
                  unit: string;
                  description: string;
                  /** @description Samples with a value for this metric */
                  count: number;
                  p50: number | null;
                  p90: number | null;
                  p95: number | null;
                  p99: number | null;
                  mean: number | null;
                  max: number | null;
                  min: number | null;
                }[];
              };
            };
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  listBenchmarks: {
    parameters: {
      query?: {
        /** @description At most this many (default 50) */
        limit?: number;
        /** @description Skip this many */
        offset?: number;
        collector?: string;
        name?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description How many there are in all */
            count: number;
            /**
             * Format: uri
             * @description The next page, or null on the last
             */
            next: string | null;
            /**
             * Format: uri
             * @description The previous page, or null on the first
             */
            previous: string | null;
            results: {
              id: number;
              collector_id: string;
              name: string;
              score: number;
              unit: string;
              run_at: string;
              details: unknown;
            }[];
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  recordBenchmarks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              /**
               * Format: uuid
               * @description Needed when a user posts; a collector key is the key's collector
               */
              collector_id?: string;
              suite: {
                name: string;
                version: number;
              };
              hostname: string;
              cpu_model: string;
              cpu_count: number;
              kernel: string;
              /** Format: date-time */
              started_at: string;
              /** Format: date-time */
              ended_at: string;
              results: {
                name: string;
                score: number;
                unit: string;
                parameters: {
                  [key: string]: string | number | boolean;
                };
                note?: string;
              }[];
            }
          | {
              /** Format: uuid */
              collector_id: string;
              name: string;
              score: number;
              unit?: string;
              /** Format: date-time */
              run_at?: string;
              details?: {
                [key: string]: unknown;
              };
            };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                results: {
                  id: number;
                  collector_id: string;
                  name: string;
                  score: number;
                  unit: string;
                  run_at: string;
                  details: unknown;
                }[];
              }
            | {
                id: number;
                collector_id: string;
                name: string;
                score: number;
                unit: string;
                run_at: string;
                details: unknown;
              };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  benchmarkStats: {
    parameters: {
      query?: {
        name?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            name: string;
            collector_id: string;
            count: number;
            mean: number;
            min: number;
            max: number;
            stddev: number;
          }[];
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  listLoadTests: {
    parameters: {
      query?: {
        /** @description At most this many (default 50) */
        limit?: number;
        /** @description Skip this many */
        offset?: number;
        collector?: string;
        /** @description Only the results of this test */
        name?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description How many there are in all */
            count: number;
            /**
             * Format: uri
             * @description The next page, or null on the last
             */
            next: string | null;
            /**
             * Format: uri
             * @description The previous page, or null on the first
             */
            previous: string | null;
            results: {
              id: number;
              collector_id: string;
              name: string;
              utilization_pct: number;
              work_units: number;
              run_at: string;
              details: unknown;
              run_id: number | null;
              work_unit_version: number | null;
            }[];
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  recordLoadTest: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              /**
               * Format: uuid
               * @description Needed when a user posts; a collector key is the key's collector
               */
              collector_id?: string;
              name: string;
              hostname: string;
              cpu_model: string;
              cpu_count: number;
              kernel: string;
              work_unit: {
                name: string;
                version: number;
              };
              threads: number;
              levels: number[];
              step_duration_s: number;
              period_ms: number;
              /** Format: date-time */
              started_at: string;
              /** Format: date-time */
              ended_at: string;
              steps: {
                target_pct: number;
                achieved_pct: number;
                steal_pct: number;
                own_pct: number;
                units_per_s: number;
                units_per_s_per_thread: number[];
                cpu_pct: {
                  [key: string]: number;
                };
              }[];
            }
          | {
              /** Format: uuid */
              collector_id: string;
              name?: string;
              utilization_pct: number;
              work_units: number;
              /** Format: date-time */
              run_at?: string;
              details?: {
                [key: string]: unknown;
              };
            };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | {
                run: {
                  collector_id: string;
                  name: string;
                  hostname: string;
                  cpu_model: string;
                  cpu_count: number;
                  kernel: string;
                  work_unit: {
                    name: string;
                    version: number;
                  };
                  threads: number;
                  levels: number[];
                  step_duration_s: number;
                  period_ms: number;
                  /** Format: date-time */
                  started_at: string;
                  /** Format: date-time */
                  ended_at: string;
                  steps: {
                    target_pct: number;
                    achieved_pct: number;
                    steal_pct: number;
                    own_pct: number;
                    units_per_s: number;
                    units_per_s_per_thread: number[];
                    cpu_pct: {
                      [key: string]: number;
                    };
                  }[];
                  id: number;
                };
                results: {
                  id: number;
                  collector_id: string;
                  name: string;
                  utilization_pct: number;
                  work_units: number;
                  run_at: string;
                  details: unknown;
                  run_id: number | null;
                  work_unit_version: number | null;
                }[];
              }
            | {
                id: number;
                collector_id: string;
                name: string;
                utilization_pct: number;
                work_units: number;
                run_at: string;
                details: unknown;
                run_id: number | null;
                work_unit_version: number | null;
              };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  listLoadTestRuns: {
    parameters: {
      query?: {
        /** @description At most this many (default 50) */
        limit?: number;
        /** @description Skip this many */
        offset?: number;
        collector?: string;
        /** @description Only the runs of this test */
        name?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description How many there are in all */
            count: number;
            /**
             * Format: uri
             * @description The next page, or null on the last
             */
            next: string | null;
            /**
             * Format: uri
             * @description The previous page, or null on the first
             */
            previous: string | null;
            results: {
              collector_id: string;
              name: string;
              hostname: string;
              cpu_model: string;
              cpu_count: number;
              kernel: string;
              work_unit: {
                name: string;
                version: number;
              };
              threads: number;
              levels: number[];
              step_duration_s: number;
              period_ms: number;
              /** Format: date-time */
              started_at: string;
              /** Format: date-time */
              ended_at: string;
              steps: {
                target_pct: number;
                achieved_pct: number;
                steal_pct: number;
                own_pct: number;
                units_per_s: number;
                units_per_s_per_thread: number[];
                cpu_pct: {
                  [key: string]: number;
                };
              }[];
              id: number;
            }[];
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  getLoadTestRun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            collector_id: string;
            name: string;
            hostname: string;
            cpu_model: string;
            cpu_count: number;
            kernel: string;
            work_unit: {
              name: string;
              version: number;
            };
            threads: number;
            levels: number[];
            step_duration_s: number;
            period_ms: number;
            /** Format: date-time */
            started_at: string;
            /** Format: date-time */
            ended_at: string;
            steps: {
              target_pct: number;
              achieved_pct: number;
              steal_pct: number;
              own_pct: number;
              units_per_s: number;
              units_per_s_per_thread: number[];
              cpu_pct: {
                [key: string]: number;
              };
            }[];
            id: number;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  compareLoadTests: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          collector_ids: string[];
          /** @description The test to compare; needed when the collectors' results come from several */
          name?: string;
          /** @description The work-unit version to compare; needed when the test has results of several (null: levels posted one by one, without a version) */
          work_unit_version?: number | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description The test compared */
            name: string;
            work_unit_version: number | null;
            levels: number[];
            collectors: {
              collector_id: string;
              machine_name: string;
              work_units: (number | null)[];
              /** @description How many results each level is the mean of */
              runs: number[];
              /** @description The runs those results came from */
              run_ids: number[];
            }[];
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  listRuns: {
    parameters: {
      query?: {
        /** @description At most this many (default 50) */
        limit?: number;
        /** @description Skip this many */
        offset?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description How many there are in all */
            count: number;
            /**
             * Format: uri
             * @description The next page, or null on the last
             */
            next: string | null;
            /**
             * Format: uri
             * @description The previous page, or null on the first
             */
            previous: string | null;
            results: {
              /** @description run: named by a person, editable; loadtest: a run pcc loadtest posted, read only */
              kind: 'run' | 'loadtest';
              /** @description Unique within its kind */
              id: number;
              /** @description Unique across kinds ("r12", "lt3"); Compare and reports name a run as collector@key */
              key: string;
              collector_id: string;
              name: string;
              note: string;
              /** Format: date-time */
              start: string;
              /** Format: date-time */
              end: string;
              created_by: string | null;
              /** Format: date-time */
              created_at: string;
              /** Format: date-time */
              updated_at: string;
              version: number;
            }[];
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  createRun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description What the run was: "200 users" */
          name: string;
          /** @description Anything worth remembering about it */
          note?: string;
          /**
           * Format: date-time
           * @description Where the run starts
           */
          start: string;
          /**
           * Format: date-time
           * @description Where the run ends (after its start)
           */
          end: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description run: named by a person, editable; loadtest: a run pcc loadtest posted, read only */
            kind: 'run' | 'loadtest';
            /** @description Unique within its kind */
            id: number;
            /** @description Unique across kinds ("r12", "lt3"); Compare and reports name a run as collector@key */
            key: string;
            collector_id: string;
            name: string;
            note: string;
            /** Format: date-time */
            start: string;
            /** Format: date-time */
            end: string;
            created_by: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            version: number;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  getRun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A positive integer id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description run: named by a person, editable; loadtest: a run pcc loadtest posted, read only */
            kind: 'run' | 'loadtest';
            /** @description Unique within its kind */
            id: number;
            /** @description Unique across kinds ("r12", "lt3"); Compare and reports name a run as collector@key */
            key: string;
            collector_id: string;
            name: string;
            note: string;
            /** Format: date-time */
            start: string;
            /** Format: date-time */
            end: string;
            created_by: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            version: number;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  deleteRun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A positive integer id */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  updateRun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A positive integer id */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The version the edit was made on: an edit of a run changed since is refused (409) */
          version: number;
          /** @description What the run was: "200 users" */
          name?: string;
          /** @description Anything worth remembering about it */
          note?: string;
          /**
           * Format: date-time
           * @description Where the run starts
           */
          start?: string;
          /**
           * Format: date-time
           * @description Where the run ends
           */
          end?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description run: named by a person, editable; loadtest: a run pcc loadtest posted, read only */
            kind: 'run' | 'loadtest';
            /** @description Unique within its kind */
            id: number;
            /** @description Unique across kinds ("r12", "lt3"); Compare and reports name a run as collector@key */
            key: string;
            collector_id: string;
            name: string;
            note: string;
            /** Format: date-time */
            start: string;
            /** Format: date-time */
            end: string;
            created_by: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            version: number;
          };
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description That already exists */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Unsupported content type or encoding */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  downloadReport: {
    parameters: {
      query: {
        /** @description Comma-separated: a collector id, id~uploadId for one uploaded capture, or id@runKey for one of its runs (r12, lt3). One run: its report; 2 to 10: the comparison report, the runs in this order */
        runs: string;
        /** @description ALL, or the last N minutes, hours or days (90m, 6H, 7d), relative to the end of the collector's own data, not to now (default ALL) */
        range?: string;
        /** @description Instead of range: from this time */
        start?: string;
        /** @description Instead of range: until this time */
        end?: string;
        /** @description html (report.html), pdf (report.pdf) or png (the PNGs in a zip) */
        format: 'html' | 'pdf' | 'png';
        /** @description For the PDF: a4 (default) or letter */
        paper?: 'a4' | 'letter';
        /** @description A comparison: from t = 0 (default) or on the clock */
        align?: 'start' | 'clock';
        /** @description A comparison: the statistic its tables compare (default p95) */
        stat?: 'p50' | 'p90' | 'p95' | 'p99' | 'mean' | 'max';
        /** @description The time zone of the report's times, an IANA name (the viewer's; default the server's) */
        tz?: string;
        /** @description The Compare page's zoom window, with zoom_to: seconds on its charts' axis (from each run's start when aligned at t = 0, unix seconds on the clock); each run's report covers that window only */
        zoom_from?: number;
        /** @description The end of the zoom window (see zoom_from) */
        zoom_to?: number;
        /** @description A comparison: the baseline run, from 0 (default 0) */
        base?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description report.html, report.pdf, or a zip of the PNGs (Content-Disposition names the file) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
          'application/pdf': string;
          'application/zip': string;
        };
      };
      /** @description The request is malformed; or: The request body is not valid */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': components['schemas']['ApiError'];
          'application/pdf': components['schemas']['ApiError'];
          'application/zip': components['schemas']['ApiError'];
        };
      };
      /** @description Authentication is required; or: The API key is missing, malformed or unknown; or: Wrong username or password; or: The token is invalid or has expired */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': components['schemas']['ApiError'];
          'application/pdf': components['schemas']['ApiError'];
          'application/zip': components['schemas']['ApiError'];
        };
      };
      /** @description Your role does not allow this; or: These credentials belong to another tenant */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': components['schemas']['ApiError'];
          'application/pdf': components['schemas']['ApiError'];
          'application/zip': components['schemas']['ApiError'];
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': components['schemas']['ApiError'];
          'application/pdf': components['schemas']['ApiError'];
          'application/zip': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': components['schemas']['ApiError'];
          'application/pdf': components['schemas']['ApiError'];
          'application/zip': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': components['schemas']['ApiError'];
          'application/pdf': components['schemas']['ApiError'];
          'application/zip': components['schemas']['ApiError'];
        };
      };
    };
  };
  installScript: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The installer, a bash script */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/x-shellscript': string;
        };
      };
      /** @description A bash script that prints the problem (echo '…' >&2) and exits 1 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/x-shellscript': string;
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/x-shellscript': components['schemas']['ApiError'];
        };
      };
      /** @description A bash script that prints the problem (echo '…' >&2) and exits 1 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/x-shellscript': string;
        };
      };
    };
  };
  agentBundle: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description pcc.mjs */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/javascript': string;
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/javascript': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/javascript': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/javascript': components['schemas']['ApiError'];
        };
      };
    };
  };
  agentBinaryX64: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description pcc-linux-x64 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': components['schemas']['ApiError'];
        };
      };
    };
  };
  agentBinaryArm64: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description pcc-linux-arm64 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
      /** @description Not found; or: No tenant is served at this address */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': components['schemas']['ApiError'];
        };
      };
      /** @description Something went wrong on the server */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': components['schemas']['ApiError'];
        };
      };
      /** @description The database is unavailable; try again shortly; or: Every database connection of this server is in use; try again after Retry-After seconds; or: This server has more batches in hand than it can store soon; send again after Retry-After seconds; or: This server has no headless Chromium to print PDFs (its administrator can install chromium) */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': components['schemas']['ApiError'];
        };
      };
    };
  };
}
