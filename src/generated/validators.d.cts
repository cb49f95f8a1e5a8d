// Types of validators.cjs, which `npm run build` generates from schemas/.
interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  propertyName?: string;
  message?: string;
}

interface ValidateFunction {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

declare const validators: Record<string, ValidateFunction>;
export = validators;
