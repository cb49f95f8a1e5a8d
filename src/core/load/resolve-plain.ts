/** How a plain scalar resolves under the YAML 1.2 core schema, exactly as the complete parser does it. */

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

export function resolvePlain(str: string): unknown {
  // Of the patterns above, only the null and boolean words start with a letter: most scalars (ids,
  // names) are strings without a test.
  const c = str.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
    switch (str) {
      case 'null':
      case 'Null':
      case 'NULL':
        return null;
      case 'true':
      case 'True':
      case 'TRUE':
        return true;
      case 'false':
      case 'False':
      case 'FALSE':
        return false;
      default:
        return str;
    }
  }
  if (NULL.test(str)) return null;
  if (BOOL.test(str)) return str[0] === 't' || str[0] === 'T';
  if (OCT.test(str)) return parseInt(str.substring(2), 8);
  if (INT.test(str)) return parseInt(str, 10);
  if (HEX.test(str)) return parseInt(str.substring(2), 16);
  if (FLOAT_SPECIAL.test(str)) {
    if (str.slice(-3).toLowerCase() === 'nan') return NaN;
    return str[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (FLOAT_EXP.test(str) || FLOAT.test(str)) return parseFloat(str);
  return str;
}
