// How Prisma maps a schema field to a PostgreSQL column, for the schema-vs-database test.
export interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object";
  type: string;
  isRequired: boolean;
  isList: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  default?: { name?: string } | unknown;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationOnDelete?: string;
}

export interface DmmfDatamodel {
  models: { name: string; dbName: string | null; fields: DmmfField[] }[];
  enums: { name: string; dbName?: string | null; values: { name: string; dbName?: string | null }[] }[];
  indexes: { model: string; type: "id" | "unique" | "normal" | "fulltext"; fields: { name: string }[] }[];
}

export interface ExpectedColumn {
  type: string;
  udt: string;
  nullable: boolean;
  length: number | null;
  precision: number | null;
  hasDefault: boolean;
}

export function expectedColumn(field: DmmfField): ExpectedColumn {
  const [nativeName, nativeArgs] = field.nativeType ?? [undefined, []];
  const firstArg = nativeArgs[0] !== undefined ? Number(nativeArgs[0]) : undefined;
  const base = {
    nullable: !field.isRequired,
    length: null,
    precision: null,
    hasDefault: field.hasDefaultValue,
  };
  if (field.kind === "enum") return { ...base, type: "USER-DEFINED", udt: field.type };
  switch (field.type) {
    case "String":
      if (nativeName === "Uuid") return { ...base, type: "uuid", udt: "uuid" };
      if (nativeName === "VarChar")
        return { ...base, type: "character varying", udt: "varchar", length: firstArg ?? null };
      return { ...base, type: "text", udt: "text" };
    case "Int":
      return { ...base, type: "integer", udt: "int4" };
    case "BigInt":
      return { ...base, type: "bigint", udt: "int8" };
    case "Boolean":
      return { ...base, type: "boolean", udt: "bool" };
    case "Bytes":
      return { ...base, type: "bytea", udt: "bytea" };
    case "Json":
      return { ...base, type: "jsonb", udt: "jsonb" };
    case "DateTime":
      return nativeName === "Timestamptz"
        ? { ...base, type: "timestamp with time zone", udt: "timestamptz", precision: firstArg ?? 6 }
        : { ...base, type: "timestamp without time zone", udt: "timestamp", precision: firstArg ?? 3 };
    default:
      throw new Error(`no mapping for ${field.type} (${field.name}): teach schema-expectations.ts`);
  }
}
