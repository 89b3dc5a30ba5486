// A save is the sum of slices: each part of the game (the court record, the log, the
// backlog, each activity, the story position) saves its own data under its own key, with
// its own version, and checks it on load with its own schema. An older version is brought
// up to date by the part's migrations, one version at a time. Anything that does not fit
// is a SaveDataError naming the slice and the field: the caller says so in words.
import * as v from 'valibot';

export interface Saveable<T> {
  /** Where the slice lives in a save: unique within a case session. */
  readonly key: string;
  /** The version save() writes. Bump it when the shape changes, and add a migration. */
  readonly version: number;
  /** The shape of the current version. */
  readonly schema: v.GenericSchema<unknown, T>;
  /** migrations[n] turns version-n data into version n+1 data. */
  readonly migrations?: Readonly<Record<number, (old: unknown) => unknown>>;
  /** The data of a part that a save does not have yet (a slice added after the save was made).
   *  Without it, a missing slice makes the save unreadable. */
  readonly fresh?: () => T;
  save(): T;
  load(data: T): void;
}

export interface StoredSlice {
  v: number;
  data: unknown;
}

export type SavedSlices = Record<string, StoredSlice>;

export const StoredSliceSchema = v.object({ v: v.pipe(v.number(), v.integer(), v.minValue(1)), data: v.unknown() });
export const SavedSlicesSchema = v.record(v.string(), StoredSliceSchema);

export class SaveDataError extends Error {
  name = 'SaveDataError';
}

export function saveSlices(parts: ReadonlyArray<Saveable<unknown>>): SavedSlices {
  const out: SavedSlices = {};
  for (const p of parts) out[p.key] = { v: p.version, data: p.save() };
  return out;
}

/** The slice's data, migrated to the current version and checked. Throws SaveDataError. */
export function readSlice<T>(part: Saveable<T>, slices: SavedSlices): T {
  const stored = Object.prototype.hasOwnProperty.call(slices, part.key) ? slices[part.key] : undefined;
  if (stored === undefined) {
    if (part.fresh) return part.fresh();
    throw new SaveDataError(`the save has no "${part.key}" part`);
  }
  if (!v.is(StoredSliceSchema, stored)) throw new SaveDataError(`the "${part.key}" part is not a versioned slice`);
  if (stored.v > part.version) throw new SaveDataError(`the "${part.key}" part was saved by a newer version of the game (${stored.v} > ${part.version})`);
  let data = stored.data;
  for (let n = stored.v; n < part.version; n++) {
    const migrate = part.migrations?.[n];
    if (!migrate) throw new SaveDataError(`no way to bring the "${part.key}" part from version ${n} to ${n + 1}`);
    try {
      data = migrate(data);
    } catch (e) {
      throw new SaveDataError(`the "${part.key}" part could not be brought up to date: ${(e as Error).message}`);
    }
  }
  const result = v.safeParse(part.schema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const path = v.getDotPath(issue);
    throw new SaveDataError(`the "${part.key}" part is damaged${path ? ` at ${path}` : ''}`);
  }
  return result.output;
}

/** Checks every slice first, then loads each: a damaged slice leaves every part as it was.
 *  `checked`: the caller vouches that these very slices were loaded (and so checked) before
 *  and not changed since, as the story walker does when it plays every action from one saved
 *  branch point; each part then gets a copy of its data, as a check would give it, unchecked. */
export function loadSlices(parts: ReadonlyArray<Saveable<unknown>>, slices: unknown, opts: { checked?: boolean } = {}): void {
  if (opts.checked) {
    const copy = structuredClone(slices as SavedSlices);
    for (const p of parts) p.load(copy[p.key].data);
    return;
  }
  const parsed = v.safeParse(SavedSlicesSchema, slices);
  if (!parsed.success) throw new SaveDataError('the save holds no readable parts');
  const data = parts.map((p) => readSlice(p, parsed.output));
  parts.forEach((p, i) => p.load(data[i]));
}

/** A part with no behaviour of its own: a slice whose data is kept in a plain holder. */
export function slice<T>(spec: Omit<Saveable<T>, 'save' | 'load'> & { get(): T; set(data: T): void }): Saveable<T> {
  const { get, set, ...rest } = spec;
  return { ...rest, save: get, load: set };
}
