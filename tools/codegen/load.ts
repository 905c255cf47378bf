/** Loading the schema files that are the generator's source of truth. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const SCHEMA_ID_BASE = "https://mcp-trust.org/schemas/v1/";
export const SCHEMA_SUFFIX = ".schema.json";

export type JsonSchema = Record<string, unknown>;

export interface SchemaFile {
  /** File name, e.g. `error.schema.json`. */
  readonly file: string;
  /** Repo-relative path, e.g. `schemas/error.schema.json`. */
  readonly path: string;
  /** File name without `.schema.json`, e.g. `error`. */
  readonly stem: string;
  /** The exact bytes on disk (hashed into MANIFEST.json). */
  readonly raw: string;
  readonly schema: JsonSchema;
  readonly id: string;
  readonly title: string | undefined;
}

/** Reads every `schemas/*.schema.json` under `root`, sorted by file name. */
export function loadSchemas(root: string): SchemaFile[] {
  const dir = join(root, "schemas");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(SCHEMA_SUFFIX))
    .sort();
  return files.map((file) => {
    const raw = readFileSync(join(dir, file), "utf8");
    const schema = JSON.parse(raw) as JsonSchema;
    const id = schema["$id"];
    const expectedId = SCHEMA_ID_BASE + file;
    if (id !== expectedId) {
      throw new Error(`schemas/${file}: $id must be ${expectedId}, got ${JSON.stringify(id)}`);
    }
    const title = typeof schema["title"] === "string" ? schema["title"] : undefined;
    return { file, path: `schemas/${file}`, stem: file.slice(0, -SCHEMA_SUFFIX.length), raw, schema, id, title };
  });
}


