// GitHub's GraphQL schema (@octokit/graphql-schema exports it as `schema.json`, an introspection
// result, and `schema.idl`; the IDL does not build with graphql-js 16, it defines
// EnterpriseOwnerInfo.repositoryDeployKeySetting twice) and the
// pieces the fake needs to answer documents the way GitHub does.

import { schema as octokitSchema } from '@octokit/graphql-schema'
import {
  buildClientSchema,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type IntrospectionQuery
} from 'graphql'

let schema: GraphQLSchema | undefined

/** GitHub's public GraphQL schema (built once per process, ~0.3 s). */
export function githubSchema(): GraphQLSchema {
  if (!schema) {
    schema = buildClientSchema(octokitSchema.json as unknown as IntrospectionQuery)
  }
  return schema
}

/** Parses and validates a document against GitHub's schema: the document, or the errors. */
export function parseAndValidate(
  query: string
): { document: DocumentNode; errors: [] } | { document?: undefined; errors: GraphQLError[] } {
  let document: DocumentNode
  try {
    document = parse(query)
  } catch (e) {
    return { errors: [e as GraphQLError] }
  }
  const errors = validate(githubSchema(), document)
  return errors.length ? { errors: [...errors] } : { document, errors: [] }
}

/**
 * An execution error as GitHub reports it: `type` (NOT_FOUND, FORBIDDEN, ...) next to the
 * message. `violation` marks errors that only a client bug causes.
 */
export function githubError(message: string, type?: string, violation = false): GraphQLError {
  return new GraphQLError(message, { extensions: { type, violation } })
}

export interface ResolverContext {
  /** Fields asked for that the fake does not model (they would silently be null otherwise). */
  unmodelled: string[]
}

/**
 * Resolves a field from the source object: a function property is called with the field's
 * arguments. A field the object lacks is recorded as unmodelled instead of answered null.
 */
export const strictFieldResolver: GraphQLFieldResolver<unknown, ResolverContext> = (
  source,
  args,
  context,
  info
) => {
  if (source === null || typeof source !== 'object') return null
  if (!(info.fieldName in source)) {
    context.unmodelled.push(`${info.parentType.name}.${info.fieldName}`)
    return null
  }
  const value = (source as Record<string, unknown>)[info.fieldName]
  return typeof value === 'function' ? value.call(source, args, context, info) : value
}

const cursorOf = (i: number) => Buffer.from(`cursor:v2:${i}`).toString('base64')

function indexOf(cursor: string): number {
  const m = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString())
  if (!m) throw githubError(`\`${cursor}\` does not appear to be a valid cursor.`, undefined, true)
  return Number(m[1])
}

export interface ConnectionArgs {
  first?: number | null
  after?: string | null
  last?: number | null
  before?: string | null
}

/**
 * A connection over `items` with GitHub's rules: `first` or `last` is required and at most 100
 * ("You must provide a `first` or `last` value...", "Requesting 101 records on the ... connection
 * exceeds the `first` limit of 100 records."). Only forward paging (first/after) is modelled.
 */
export function connection<T, N = T>(
  items: T[],
  args: ConnectionArgs,
  field: string,
  toNode: (item: T) => N = (item) => item as unknown as N
) {
  if (args.last != null || args.before != null) {
    throw githubError(`the fake models only first/after paging (${field})`, undefined, true)
  }
  if (args.first == null) {
    throw githubError(
      `You must provide a \`first\` or \`last\` value to properly paginate the \`${field}\` connection.`,
      undefined,
      true
    )
  }
  if (args.first > 100 || args.first < 0) {
    throw githubError(
      `Requesting ${args.first} records on the \`${field}\` connection exceeds the \`first\` limit of 100 records.`,
      undefined,
      true
    )
  }
  const start = args.after ? indexOf(args.after) + 1 : 0
  const page = items.slice(start, start + args.first).map(toNode)
  const edges = page.map((node, i) => ({ node, cursor: cursorOf(start + i) }))
  return {
    totalCount: items.length,
    nodes: page,
    edges,
    pageInfo: {
      hasNextPage: start + page.length < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null
    }
  }
}
