/** The OpenAPI document's introduction: what the seeds' users should know before its routes. */
export const API_DESCRIPTION = [
  'The REST API of the PerfAnalysis user guide and of XATSimplified, as they print it: collectors carry ' +
    'machinename, sitename, platform, last_upload, created_at and files_count (the user guide) and ' +
    "name (XATSimplified) beside this API's own machine_name and site_name; files carry upload_date " +
    'and file_size beside uploaded_at and size_bytes.',
  'Ids are UUIDs (e.g. 3f6c…-…), not the 1 or 567 the user guide prints: ids must not be guessable ' +
    'or countable across tenants, and collectors, files and samples are created by many processes ' +
    'and imported between databases without renumbering. Scripts that keep an id as text work as printed.',
  'Lists answer { count, next, previous, results }: next and previous are absolute addresses of the ' +
    'neighbouring pages (limit and offset), or null.',
  'Addresses work with or without their trailing slash. POST /api/v1/auth/token/ takes JSON or a ' +
    'form-encoded body. Answers are compressed (br, gzip) when the client accepts it.',
  'Every error answers { "error": { code, message, status } }.',
].join('\n\n');
