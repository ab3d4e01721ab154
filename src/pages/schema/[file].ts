/**
 * Publishes the JSON Schema of every version of the plan file at /schema/ke-hoach-cchc-v<n>.json,
 * so that other tools can validate plans without this code. The current version's is generated
 * from the zod schema at build time; older versions' stay published, frozen (content/schema/),
 * because files written then still point to them. Each carries its own address as `$id`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import frozenV1 from '../../../content/schema/ke-hoach-cchc-v1.json';
import frozenV2 from '../../../content/schema/ke-hoach-cchc-v2.json';
import { PLAN_SCHEMA_PATH } from '../../plan/file-format.ts';
import { planJsonSchema } from '../../plan/json-schema.ts';

type Schema = Record<string, unknown>;

function withId(schema: Schema, id: string | undefined): Schema {
  const { $schema, ...rest } = schema;
  return { $schema, ...(id === undefined ? {} : { $id: id }), ...rest };
}

const schemas: Record<string, (id: string | undefined) => Schema> = {
  'ke-hoach-cchc-v1.json': (id) => withId(frozenV1, id),
  'ke-hoach-cchc-v2.json': (id) => withId(frozenV2, id),
  [PLAN_SCHEMA_PATH.replace(/^schema\//, '')]: (id) => planJsonSchema({ id }),
};

export const getStaticPaths = (() =>
  Object.keys(schemas).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, params }) => {
  const file = String(params.file);
  const make = Object.hasOwn(schemas, file) ? schemas[file] : undefined;
  if (!make) return new Response('Không có lược đồ này.', { status: 404 });
  const id = site
    ? new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}schema/${file}`, site).href
    : undefined;
  return new Response(JSON.stringify(make(id), null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
