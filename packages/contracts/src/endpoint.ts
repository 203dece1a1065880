import { z } from 'zod';
import { ROLES, type Role } from './auth.js';

/**
 * One endpoint of the API, declared once: the API's route (and so the OpenAPI document) and the
 * client's function are both made from it. Paths are relative to `/api` and name their parameters
 * the OpenAPI way (`/service-records/{id}/photos`).
 */
export interface EndpointSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: `/${string}`;
  summary: string;
  description?: string;
  tags: readonly string[];
  /** Who may call it: the roles (checked before any input is validated), or `public: true`. */
  roles?: readonly Role[];
  public?: true;
  /** With `agency` among the roles: only an agency's administrator (who manages its workers and its own claims). */
  agencyAdmin?: true;
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** A JSON body. */
  body?: z.ZodType;
  /** A multipart/form-data body (uploads): its file fields are `file()`. */
  form?: z.ZodObject;
  /** The largest file an upload takes, in MB (else the server's MAX_UPLOAD_MB). */
  maxUploadMB?: number;
  /** The successful answers by status: a JSON schema, or a described response with another type. */
  responses: { readonly [status: number]: z.ZodType | OtherResponse };
  /**
   * The refusals it can answer besides those implied by the declaration (400 with any input,
   * 401 unless public, 403 when not every role may call it).
   */
  errors?: readonly ErrorStatus[];
  /** Takes an `Idempotency-Key` header: the same key and body answer the first response again. */
  idempotent?: true;
}

/** A successful answer that is not bare JSON: a description, and a content type for files. */
export interface OtherResponse {
  description: string;
  schema?: z.ZodType;
  /** A file's media type (`image/*`, a workbook's): the client answers with a Blob. */
  file?: string;
}

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 423 | 429;

/** The declaration, checked and kept exactly as written (its literal types drive the derivations). */
export function endpoint<const E extends EndpointSpec>(e: E & Guard<E>): E {
  return e;
}
// Exactly one of roles and public, at compile time.
type Guard<E extends EndpointSpec> = E extends { public: true }
  ? { roles?: never }
  : { roles: readonly [Role, ...Role[]] };

/** A multipart file field: a Blob from the client, a File on the server. */
export const file = () =>
  z.instanceof(Blob, { error: 'a file' }).meta({ type: 'string', format: 'binary' }) as unknown as z.ZodType<
    File,
    Blob
  >;

/** The statuses every declaration implies, then its own, in order: what the document lists. */
export function errorStatuses(e: EndpointSpec): ErrorStatus[] {
  const implied: ErrorStatus[] = [];
  if (e.params || e.query || e.body || e.form) implied.push(400);
  if (!e.public) implied.push(401);
  if (e.roles && e.roles.length < ROLES.length) implied.push(403);
  return [...new Set([...implied, ...(e.errors ?? [])])].sort((a, b) => a - b);
}

/** The successful answers in one form. */
export function successResponses(e: EndpointSpec): [status: number, r: OtherResponse][] {
  return Object.entries(e.responses).map(([s, r]) => [
    Number(s),
    r instanceof z.ZodType ? { description: 'OK', schema: r } : (r as OtherResponse),
  ]);
}

/** Path parameter names in the order the path has them. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

export type EndpointGroup = Readonly<Record<string, EndpointSpec>>;

/** What the client needs of an endpoint at run time (made at build from the declarations). */
export interface RouteEntry {
  method: EndpointSpec['method'];
  path: string;
  input?: 'json' | 'form' | 'query';
  /** A body and a query both: the query comes in the call's options. */
  query?: true;
  /** Answers a file (a Blob). */
  file?: true;
}
export type RouteTable = Readonly<Record<string, Readonly<Record<string, RouteEntry>>>>;
