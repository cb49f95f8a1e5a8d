import type { LoadedDocument } from '../load/types.js';
import type { PathSegment } from '../load/node-info.js';
import { isPlainObject, own, ownArray, ownEntries, ownString } from '../util/object.js';
import type { Duty, Holder, Loc, Ref, Section } from './types.js';

export type P = readonly PathSegment[];

/**
 * A place one key below `base`, its path put together only when read: a model keeps one for each
 * reference, and only the few with findings are ever asked where they are.
 */
class KeyLoc implements Loc {
  constructor(
    readonly doc: LoadedDocument,
    private readonly base: P,
    private readonly key: PathSegment,
  ) {}

  get path(): P {
    return this.base.concat(this.key);
  }
}

/**
 * Reads one document defensively: it may have failed its schema, so every
 * value is checked for its type and anything unusable is skipped (the schema
 * findings already say why). Paths are kept for positions.
 */
export class DocReader {
  readonly data: unknown;
  readonly section: Section;

  constructor(private readonly doc: LoadedDocument) {
    this.data = doc.data;
    const title = ownString(this.data, 'title');
    const description = ownString(this.data, 'description');
    this.section = {
      key: `${doc.file.display}#${doc.index}`,
      ...(title !== undefined ? { title } : {}),
      ...(description !== undefined ? { description } : {}),
    };
  }

  loc(path: P): Loc {
    return { doc: this.doc, path };
  }

  /** The place of `key` below `base`. */
  locAt(base: P, key: PathSegment): Loc {
    return new KeyLoc(this.doc, base, key);
  }

  ref(value: unknown, path: P, key?: PathSegment): Ref | undefined {
    if (typeof value !== 'string' || value === '') return undefined;
    return { id: value, loc: key === undefined ? this.loc(path) : new KeyLoc(this.doc, path, key) };
  }

  refOf(obj: unknown, key: string, path: P): Ref | undefined {
    const value = own(obj, key);
    return this.ref(value, path, key);
  }

  refs(obj: unknown, key: string, path: P): Ref[] {
    const list = ownArray(obj, key);
    if (list.length === 0) return [];
    const out: Ref[] = [];
    const base = path.concat(key);
    for (let i = 0; i < list.length; i++) {
      const v = list[i];
      if (typeof v === 'string' && v !== '') out.push({ id: v, loc: new KeyLoc(this.doc, base, i) });
    }
    return out;
  }

  strings(obj: unknown, key: string): string[] {
    const v = own(obj, key);
    if (typeof v === 'string') return [v];
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  }

  textMap(obj: unknown, key: string): [string, string][] {
    return ownEntries(obj, key).filter((e): e is [string, string] => typeof e[1] === 'string');
  }

  /** Items of an array property that are mappings with a string id. */
  items(key: string, idKey = 'id', obj: unknown = this.data, base: P = []): { item: unknown; id: string; path: P }[] {
    const out: { item: unknown; id: string; path: P }[] = [];
    const list = ownArray(obj, key);
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      const id = ownString(item, idKey);
      if (isPlainObject(item) && id !== undefined) out.push({ item, id, path: base.concat(key, i) });
    }
    return out;
  }

  holder(value: unknown, path: P): Holder | undefined {
    if (typeof value === 'string') {
      const ref = this.ref(value, path);
      return ref ? { kind: 'single', ref } : undefined;
    }
    if (value === null) return { kind: 'none', loc: this.loc(path) };
    if (Array.isArray(value)) {
      const refs: Ref[] = [];
      for (let i = 0; i < value.length; i++) {
        const ref = this.ref(value[i], path, i);
        if (ref) refs.push(ref);
      }
      return { kind: 'list', refs, loc: this.loc(path) };
    }
    if (isPlainObject(value)) {
      const refs = this.refs(value, 'joint', path);
      const note = ownString(value, 'note');
      return { kind: 'joint', refs, loc: this.loc(path), ...(note !== undefined ? { note } : {}) };
    }
    return undefined;
  }

  duties(obj: unknown, path: P): Duty[] {
    const duties = own(obj, 'duties');
    if (!isPlainObject(duties)) return [];
    const out: Duty[] = [];
    for (const name of Object.keys(duties)) {
      const at = path.concat('duties', name);
      const holder = this.holder(duties[name], at);
      if (holder) out.push({ name, holder, loc: this.loc(at) });
    }
    return out;
  }
}
