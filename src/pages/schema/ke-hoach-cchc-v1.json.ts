/**
 * Publishes the JSON Schema of plan files (version 1) at /schema/ke-hoach-cchc-v1.json, so that
 * other tools can validate plans. Generated from the zod schema at build time.
 */
import type { APIRoute } from 'astro';
import { PLAN_SCHEMA_PATH } from '../../plan/file-format.ts';
import { planJsonSchema } from '../../plan/json-schema.ts';

export const GET: APIRoute = ({ site }) => {
  const id = site
    ? new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${PLAN_SCHEMA_PATH}`, site).href
    : undefined;
  return new Response(JSON.stringify(planJsonSchema({ id }), null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
