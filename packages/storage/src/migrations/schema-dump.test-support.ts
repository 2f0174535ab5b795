import type { Queryable } from '../database/database.js';

/**
 * What one schema holds, read from the catalogues, as sorted text with the schema's name replaced by
 * `{schema}`: tables, views and sequences; columns (position, type, default, nullability, identity);
 * constraints (but NOT NULL, which the column's line says: PGlite lists it among them, PostgreSQL 15 does not);
 * indexes; views' and functions' definitions; triggers; enum and domain types. Two schemas that dump the same
 * text have the same structure, whatever migrations made them (the baseline test compares with the old chain's).
 */
export async function dumpSchema(db: Queryable, schema: string): Promise<string> {
  const entries: string[] = [];
  for (const query of QUERIES) {
    const rows = await db.query<{ entry: string }>(query, [schema]);
    entries.push(...rows.map((r) => r.entry));
  }
  const named = entries.map((e) =>
    e
      .replaceAll(`"${schema}".`, '{schema}.')
      .replaceAll(`${schema}.`, '{schema}.')
      .replaceAll(`'${schema}'`, "'{schema}'"),
  );
  return `${named.sort().join('\n')}\n`;
}

const QUERIES: readonly string[] = [
  `SELECT 'relation ' || c.relname || ' ' || c.relkind::text AS entry
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'c')`,
  `SELECT 'column ' || c.relname || ' ' || lpad(row_number() OVER (PARTITION BY c.oid ORDER BY a.attnum)::text, 3, '0')
          || ' ' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
          || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
          || CASE WHEN a.attidentity <> '' THEN ' IDENTITY ' || a.attidentity::text ELSE '' END
          || CASE WHEN a.attgenerated <> '' THEN ' GENERATED ' || a.attgenerated::text ELSE '' END
          || COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '') AS entry
     FROM pg_attribute a
     JOIN pg_class c ON c.oid = a.attrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'c') AND a.attnum > 0 AND NOT a.attisdropped`,
  `SELECT 'constraint ' || c.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid) AS entry
     FROM pg_constraint k
     JOIN pg_class c ON c.oid = k.conrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = $1 AND k.contype <> 'n'`,
  `SELECT 'index ' || tablename || ' ' || indexname || ' ' || indexdef AS entry
     FROM pg_indexes WHERE schemaname = $1`,
  `SELECT 'view ' || c.relname || E'\\n' || pg_get_viewdef(c.oid) AS entry
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = $1 AND c.relkind IN ('v', 'm')`,
  `SELECT 'function ' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || E')\\n'
          || pg_get_functiondef(p.oid) AS entry
     FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = $1 AND p.prokind IN ('f', 'p')`,
  `SELECT 'sequence ' || c.relname || ' ' || format_type(s.seqtypid, NULL) || ' start ' || s.seqstart
          || ' increment ' || s.seqincrement || ' min ' || s.seqmin || ' max ' || s.seqmax
          || ' cache ' || s.seqcache || CASE WHEN s.seqcycle THEN ' cycle' ELSE '' END
          || COALESCE(' owned by ' || owner.relname || '.' || a.attname, '') AS entry
     FROM pg_sequence s
     JOIN pg_class c ON c.oid = s.seqrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     LEFT JOIN pg_depend dep ON dep.classid = 'pg_class'::regclass AND dep.objid = c.oid
          AND dep.refclassid = 'pg_class'::regclass AND dep.deptype IN ('a', 'i')
     LEFT JOIN pg_class owner ON owner.oid = dep.refobjid
     LEFT JOIN pg_attribute a ON a.attrelid = dep.refobjid AND a.attnum = dep.refobjsubid
    WHERE n.nspname = $1`,
  `SELECT 'trigger ' || c.relname || ' ' || t.tgname || ' ' || pg_get_triggerdef(t.oid) AS entry
     FROM pg_trigger t
     JOIN pg_class c ON c.oid = t.tgrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = $1 AND NOT t.tgisinternal`,
  `SELECT 'type ' || t.typname || ' ' || t.typtype::text
          || CASE t.typtype
               WHEN 'e' THEN ' (' || (SELECT string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder)
                                        FROM pg_enum e WHERE e.enumtypid = t.oid) || ')'
               WHEN 'd' THEN ' ' || format_type(t.typbasetype, t.typtypmod)
               ELSE '' END AS entry
     FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname = $1 AND t.typtype IN ('e', 'd')`,
];
