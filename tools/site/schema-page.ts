// One readable page per JSON Schema: a field table (name, type, required, constraints, description) for the root
// object and for every $defs entry, the schema's own `examples`, examples taken from the vectors, and the raw JSON.
type Schema = Record<string, unknown>;

export interface SchemaExample {
  /** Where the value comes from, e.g. `#/$defs/digest/examples/0` or `conformance/vectors/x/y.json#/calls/0/input/keys`. */
  source: string;
  /** Site-absolute link to the raw source, if it is published. */
  href?: string;
  value: unknown;
}

export interface SchemaPageInput {
  file: string; // e.g. error.schema.json
  schema: Schema;
  /** Titles of every schema file, to name cross-file references. */
  titles: ReadonlyMap<string, string>;
  vectorExamples?: readonly SchemaExample[];
  /** Pages that link to this schema (site paths without .md), listed as "Specified in". */
  specifiedIn?: readonly { title: string; page: string }[];
}

/** The page name of a schema file: `error.schema.json` → `error`. */
export const schemaStem = (file: string) => file.replace(/\.schema\.json$/, "");

/** Anchor of a `$defs` entry on its schema page. */
export const defAnchor = (name: string) => `defs-${name.toLowerCase().replace(/[^a-z0-9-]/g, "-")}`;

/** Links the spec references schema descriptions make in plain text (`spec/x.md#anchor`); the build checks them. */
export function linkSpecRefs(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(?<![\w/.-])spec\/([a-z0-9-]+(?:\/[a-z0-9-]+)*)\.md(#[a-z0-9-]+)?/gi, (m, page: string, anchor = "") => `[${m}](../spec/${page}.md${anchor})`)))
    .join("");
}

/** Escapes text for a Markdown table cell that VitePress compiles as a Vue template: HTML and mustaches outside code. */
export function cell(text: string): string {
  return text
    .replace(/\r?\n/g, " ")
    .split(/(`[^`]*`)/)
    .map((part, i) =>
      i % 2 === 1
        ? part.replace(/\|/g, "\\|")
        : part.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\{\{/g, "&#123;&#123;"),
    )
    .join("");
}

const code = (v: unknown) => `\`${(typeof v === "string" ? JSON.stringify(v) : JSON.stringify(v)).replace(/`/g, "'")}\``;

function refLink(ref: string, page: SchemaPageInput): string {
  const [file, pointer = ""] = ref.split("#") as [string, string?];
  const def = /^\/\$defs\/([^/]+)$/.exec(pointer);
  const target = file === "" ? "" : `${schemaStem(file)}.md`;
  if (def !== null) {
    const name = def[1]!;
    return `[${name}](${target}#${defAnchor(name)})`;
  }
  if (pointer === "" && file !== "") return `[${page.titles.get(file) ?? schemaStem(file)}](${target})`;
  return code(ref);
}

/** A one-line type expression with links to referenced definitions. */
export function typeOf(s: unknown, page: SchemaPageInput): string {
  if (s === true || s === undefined) return "any";
  if (s === false) return "nothing";
  const schema = s as Schema;
  if (typeof schema["$ref"] === "string") return refLink(schema["$ref"], page);
  if ("const" in schema) return code(schema["const"]);
  if (Array.isArray(schema["enum"])) return (schema["enum"] as unknown[]).map(code).join(" \\| ");
  for (const k of ["oneOf", "anyOf"] as const) {
    const branches = schema[k];
    // Branches that only add `required` are constraints on the object, not alternative types.
    if (Array.isArray(branches) && branches.some((b) => Object.keys(b as Schema).some((key) => key !== "required" && key !== "not")))
      return (branches as unknown[]).map((b) => typeOf(b, page)).join(" \\| ");
  }
  const types = Array.isArray(schema["type"]) ? (schema["type"] as string[]) : typeof schema["type"] === "string" ? [schema["type"] as string] : [];
  const named = types.map((t) => {
    if (t === "array") return schema["items"] === undefined ? "array" : `array of ${typeOf(schema["items"], page)}`;
    if (t === "object" && schema["properties"] === undefined && typeof schema["additionalProperties"] === "object")
      return `map of ${typeOf(schema["additionalProperties"], page)}`;
    return t;
  });
  if (named.length > 0) return named.join(" \\| ");
  if (schema["properties"] !== undefined) return "object";
  return "any";
}

const CONSTRAINTS: readonly [string, (v: unknown) => string][] = [
  ["pattern", (v) => `pattern ${code(v)}`],
  ["format", (v) => `format ${String(v)}`],
  ["minLength", (v) => `length ≥ ${String(v)}`],
  ["maxLength", (v) => `length ≤ ${String(v)}`],
  ["minimum", (v) => `≥ ${String(v)}`],
  ["exclusiveMinimum", (v) => `> ${String(v)}`],
  ["maximum", (v) => `≤ ${String(v)}`],
  ["exclusiveMaximum", (v) => `< ${String(v)}`],
  ["multipleOf", (v) => `multiple of ${String(v)}`],
  ["minItems", (v) => `items ≥ ${String(v)}`],
  ["maxItems", (v) => `items ≤ ${String(v)}`],
  ["uniqueItems", (v) => (v === true ? "unique items" : "")],
  ["minProperties", (v) => `members ≥ ${String(v)}`],
  ["maxProperties", (v) => `members ≤ ${String(v)}`],
  ["contentEncoding", (v) => `encoding ${String(v)}`],
  ["contentMediaType", (v) => `media type ${String(v)}`],
  ["default", (v) => `default ${code(v)}`],
  ["x-http-status", (v) => `HTTP ${String(v)}`],
  ["x-mcp-header", (v) => `header ${code(v)}`],
];

/** Constraints of a subschema (and of its array items), as short phrases. */
export function constraintsOf(s: unknown): string[] {
  if (s === null || typeof s !== "object") return [];
  const schema = s as Schema;
  const out = CONSTRAINTS.flatMap(([k, f]) => (k in schema ? [f(schema[k])] : [])).filter((x) => x !== "");
  if (schema["additionalProperties"] === false && schema["properties"] !== undefined) out.push("no other members");
  if (schema["propertyNames"] !== undefined) out.push(`member names: ${constraintsOf(schema["propertyNames"]).join(", ") || "constrained"}`);
  if (schema["not"] !== undefined) out.push(`not ${code(schema["not"])}`);
  if (schema["if"] !== undefined) out.push("conditional (see the raw schema)");
  const items = schema["items"];
  if (items !== undefined && typeof items === "object") out.push(...constraintsOf(items).map((c) => `each: ${c}`));
  return out;
}

/** Object-level rules that are not per field: `oneOf`/`anyOf` of `required` sets. */
function objectRules(schema: Schema): string[] {
  const out: string[] = [];
  for (const k of ["oneOf", "anyOf"] as const) {
    const branches = schema[k];
    if (!Array.isArray(branches)) continue;
    const reqs = (branches as Schema[]).filter((b) => Array.isArray(b["required"]) && Object.keys(b).every((key) => key === "required" || key === "not"));
    if (reqs.length !== branches.length) continue;
    const sets = reqs.map((b) => `{${(b["required"] as string[]).map((r) => `\`${r}\``).join(", ")}}${b["not"] !== undefined ? " (and not the others)" : ""}`);
    out.push(`${k === "oneOf" ? "Exactly one" : "At least one"} of these member sets is present: ${sets.join("; ")}.`);
  }
  return out;
}

interface Row {
  name: string;
  schema: unknown;
  required: boolean;
}

/** Rows of an object schema, nested inline objects flattened as `parent.child`. */
function rows(schema: Schema, prefix = "", depth = 0): Row[] {
  const props = (schema["properties"] ?? {}) as Record<string, unknown>;
  const required = new Set(Array.isArray(schema["required"]) ? (schema["required"] as string[]) : []);
  const out: Row[] = [];
  for (const [name, sub] of Object.entries(props)) {
    out.push({ name: prefix + name, schema: sub, required: required.has(name) });
    const s = sub as Schema;
    if (depth < 3 && typeof s === "object" && s !== null && s["$ref"] === undefined && s["properties"] !== undefined)
      out.push(...rows(s, `${prefix}${name}.`, depth + 1));
    const items = typeof s === "object" && s !== null ? (s["items"] as Schema | undefined) : undefined;
    if (depth < 3 && items !== undefined && typeof items === "object" && items["$ref"] === undefined && items["properties"] !== undefined)
      out.push(...rows(items, `${prefix}${name}[].`, depth + 1));
  }
  return out;
}

function describe(s: unknown): string {
  return s !== null && typeof s === "object" && typeof (s as Schema)["description"] === "string" ? linkSpecRefs((s as Schema)["description"] as string) : "";
}

/** A field's description, else that of the local definition it references (first sentence). */
function describeField(s: unknown, root: Schema): string {
  const own = describe(s);
  if (own !== "" || s === null || typeof s !== "object") return own;
  const ref = (s as Schema)["$ref"];
  const def = typeof ref === "string" ? /^#\/\$defs\/([^/]+)$/.exec(ref) : null;
  if (def === null) return "";
  const target = ((root["$defs"] ?? {}) as Record<string, Schema>)[def[1]!];
  return describe(target).split(/(?<=\.)\s/)[0] ?? "";
}

/** The field table (or value table, for enumerations) of one schema or $defs entry. */
export function fieldTable(schema: Schema, page: SchemaPageInput): string {
  const variants = (schema["oneOf"] ?? schema["anyOf"]) as Schema[] | undefined;
  if (Array.isArray(variants) && variants.length > 0 && variants.every((v) => "const" in v)) {
    const lines = ["| value | constraints | description |", "| --- | --- | --- |"];
    for (const v of variants) lines.push(`| ${code(v["const"])} | ${cell(constraintsOf(v).join("; "))} | ${cell(describe(v))} |`);
    return lines.join("\n");
  }
  const fieldRows = rows(schema);
  const parts: string[] = [];
  if (fieldRows.length === 0) {
    const c = constraintsOf(schema);
    parts.push(`Type: ${typeOf(schema, page)}${c.length > 0 ? `; ${cell(c.join("; "))}` : ""}.`);
  } else {
    const lines = ["| field | type | required | constraints | description |", "| --- | --- | --- | --- | --- |"];
    for (const r of fieldRows)
      lines.push(`| \`${r.name}\` | ${typeOf(r.schema, page)} | ${r.required ? "**yes**" : "no"} | ${cell(constraintsOf(r.schema).join("; "))} | ${cell(describeField(r.schema, page.schema))} |`);
    parts.push(lines.join("\n"));
  }
  const rules = objectRules(schema);
  if (schema["additionalProperties"] === false && fieldRows.length > 0) rules.push("No members other than these are allowed.");
  if (rules.length > 0) parts.push(rules.map(cell).join(" "));
  return parts.join("\n\n");
}

/** Every `examples` value in a schema, with its JSON pointer. */
export function schemaExamples(schema: unknown, pointer = ""): { pointer: string; value: unknown }[] {
  if (schema === null || typeof schema !== "object") return [];
  if (Array.isArray(schema)) return schema.flatMap((s, i) => schemaExamples(s, `${pointer}/${i}`));
  const out: { pointer: string; value: unknown }[] = [];
  for (const [k, v] of Object.entries(schema as Schema)) {
    const p = `${pointer}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    if (k === "examples" && Array.isArray(v)) v.forEach((value, i) => out.push({ pointer: `${p}/${i}`, value }));
    else if (k !== "const" && k !== "enum" && k !== "default") out.push(...schemaExamples(v, p));
  }
  return out;
}

const jsonBlock = (value: unknown) => `\`\`\`json\n${JSON.stringify(value, null, 2)}\n\`\`\``;

/** The whole Markdown page of one schema. */
export function schemaPage(page: SchemaPageInput): string {
  const { schema, file } = page;
  const title = typeof schema["title"] === "string" ? schema["title"] : schemaStem(file);
  // Field tables have five columns: the page takes the full width beside the sidebar, without the outline column (the
  // definitions are listed under the title instead).
  const out: string[] = ["---", "aside: false", "pageClass: wide-page schema-page", "---", "", `# ${title}`, ""];
  out.push(`<p class="schema-meta"><code>${file}</code> · <code>$id</code> <code>${String(schema["$id"])}</code> · <a href="/schemas/${file}" target="_self">raw JSON</a></p>`, "");
  if (typeof schema["description"] === "string") out.push(cell(linkSpecRefs(schema["description"])), "");
  if (page.specifiedIn !== undefined && page.specifiedIn.length > 0)
    out.push(`Specified in: ${page.specifiedIn.map((s) => `[${s.title}](${s.page})`).join(", ")}.`, "");
  const defNames = Object.keys((schema["$defs"] ?? {}) as object);
  if (defNames.length > 0) out.push(`Definitions: ${defNames.map((n) => `[\`${n}\`](#${defAnchor(n)})`).join(", ")}.`, "");
  const hasRoot = schema["type"] !== undefined || schema["properties"] !== undefined || schema["oneOf"] !== undefined || schema["$ref"] !== undefined;
  if (hasRoot) out.push("## Fields", "", fieldTable(schema, page), "");
  const defs = (schema["$defs"] ?? {}) as Record<string, Schema>;
  if (Object.keys(defs).length > 0) {
    out.push("## Definitions", "");
    for (const [name, def] of Object.entries(defs)) {
      const t = typeof def["title"] === "string" ? ` (${def["title"]})` : "";
      out.push(`### \`${name}\`${t} {#${defAnchor(name)}}`, "");
      if (typeof def["description"] === "string") out.push(cell(linkSpecRefs(def["description"])), "");
      out.push(fieldTable(def, page), "");
    }
  }
  const own = schemaExamples(schema);
  const fromVectors = page.vectorExamples ?? [];
  if (own.length + fromVectors.length > 0) {
    out.push("## Examples", "");
    for (const e of own) out.push(`From the schema, \`#${e.pointer}\` (validated against its subschema by the build):`, "", jsonBlock(e.value), "");
    for (const e of fromVectors)
      out.push(
        `From the conformance vectors, ${e.href === undefined ? `\`${e.source}\`` : `<a href="${e.href}" target="_self"><code>${e.source}</code></a>`} (validated against this schema by the build):`,
        "",
        jsonBlock(e.value),
        "",
      );
  }
  out.push("## Raw schema", "", "::: details The JSON Schema as published", jsonBlock(schema), ":::", "");
  return out.join("\n");
}
