/**
 * Publishes the JSON Schema of plan files (the current version) at /schema/ke-hoach-cchc-v3.json, so that
 * other tools can validate plans. Generated from the zod schema at build time. Version 1's schema stays
 * published, frozen, from `public/schema/`: files written then still point to it.
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
