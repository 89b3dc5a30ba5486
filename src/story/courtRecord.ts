// The court record: evidence and profiles the player holds and can present.
// The catalogue (every item a case can ever show, with its citation) comes from the case's
// record.json; the record itself is which items are held and which version each is in.
import * as v from 'valibot';
import { parseCitation } from './citation';
import type { Saveable } from '../save/slice';

export const EVIDENCE_KINDS = [
  'fact', 'letter', 'telegram', 'newspaper', 'statement', 'certificate', 'log',
  'passport', 'transcript', 'photograph', 'profile',
] as const;
export type ItemKind = (typeof EVIDENCE_KINDS)[number];

/** Facsimile layouts: how an item is drawn when inspected. Derived from the kind. */
export type FacsimileLayout = 'note' | 'letter' | 'telegram' | 'newspaper' | 'certificate' | 'log' | 'passport' | 'transcript' | 'photograph' | 'profile';

export function layoutFor(kind: ItemKind): FacsimileLayout {
  switch (kind) {
    case 'fact':
      return 'note';
    case 'statement':
      return 'transcript';
    default:
      return kind;
  }
}

export interface FacsimileField {
  /** Stable key so a hint can point at this field ("point: item.key"). */
  key: string;
  label: string;
  value: string;
}

export interface Facsimile {
  heading: string;
  fields: FacsimileField[];
  /** e.g. "The book does not print this letter's text." */
  note?: string;
}

export interface ItemVersion {
  title?: string;
  description?: string;
  facsimile?: Partial<Facsimile>;
}

export interface RecordItem {
  id: string;
  kind: ItemKind;
  title: string;
  date: string;
  issuer: string;
  description: string;
  provenance: string;
  /** Seed line ranges, "L276-278" or "L278-282, L1120". */
  cite: string;
  facsimile: Facsimile;
  /** In the record when the case opens. */
  held?: boolean;
  /** Only profiles: the person's role in the case. */
  role?: string;
  versions?: Record<string, ItemVersion>;
}

export interface RecordData {
  case: string;
  items: RecordItem[];
}

export class RecordDataError extends Error {
  name = 'RecordDataError';
}

const STR_FIELDS = ['id', 'kind', 'title', 'date', 'issuer', 'description', 'provenance', 'cite'] as const;

/** Checks a record.json document and returns every problem (empty when valid). */
export function validateRecordData(data: unknown, source = 'record.json'): string[] {
  const problems: string[] = [];
  const d = data as Partial<RecordData>;
  if (!d || typeof d !== 'object' || !Array.isArray(d.items)) return [`${source}: expected { "case": …, "items": [ … ] }`];
  const seen = new Set<string>();
  d.items.forEach((item, i) => {
    const where = `${source}: items[${i}]${item && typeof item.id === 'string' ? ` (${item.id})` : ''}`;
    if (!item || typeof item !== 'object') {
      problems.push(`${where}: not an object`);
      return;
    }
    for (const f of STR_FIELDS) {
      if (typeof item[f] !== 'string' || item[f].trim() === '') problems.push(`${where}: "${f}" is missing or empty`);
    }
    if (typeof item.id === 'string') {
      if (!/^[a-z0-9][a-z0-9-]*$/.test(item.id)) problems.push(`${where}: id must be kebab-case`);
      if (seen.has(item.id)) problems.push(`${where}: duplicate id`);
      seen.add(item.id);
    }
    if (typeof item.kind === 'string' && !(EVIDENCE_KINDS as readonly string[]).includes(item.kind)) {
      problems.push(`${where}: kind "${item.kind}" is not one of ${EVIDENCE_KINDS.join(', ')}`);
    }
    if (item.kind === 'profile' && !item.role) problems.push(`${where}: a profile needs a "role"`);
    if (typeof item.cite === 'string') {
      try {
        parseCitation(item.cite);
      } catch (e) {
        problems.push(`${where}: cite: ${(e as Error).message}`);
      }
    }
    const fx = item.facsimile;
    if (!fx || typeof fx.heading !== 'string' || !Array.isArray(fx.fields) || fx.fields.length === 0) {
      problems.push(`${where}: facsimile needs a heading and at least one field`);
    } else {
      const keys = new Set<string>();
      for (const f of fx.fields) {
        if (!f || typeof f.key !== 'string' || typeof f.label !== 'string' || typeof f.value !== 'string') {
          problems.push(`${where}: every facsimile field needs key, label and value`);
        } else if (keys.has(f.key)) problems.push(`${where}: facsimile field key "${f.key}" repeats`);
        else keys.add(f.key);
      }
    }
  });
  return problems;
}

export class CourtRecordError extends Error {
  name = 'CourtRecordError';
}

export const CourtRecordSaveSchema = v.object({
  held: v.array(v.string()),
  versions: v.record(v.string(), v.string()),
  unseen: v.array(v.string()),
});
export type CourtRecordSave = v.InferOutput<typeof CourtRecordSaveSchema>;

export class CourtRecord implements Saveable<CourtRecordSave> {
  readonly key = 'record';
  readonly version = 1;
  readonly schema = CourtRecordSaveSchema;
  private readonly catalogue = new Map<string, RecordItem>();
  private held: string[] = [];
  private versions: Record<string, string> = {};
  /** Items added since the player last opened them; the record marks them "new". */
  private unseen = new Set<string>();

  constructor(data: RecordData) {
    const problems = validateRecordData(data, `${data.case}/record.json`);
    if (problems.length) throw new RecordDataError(problems.join('\n'));
    for (const item of data.items) this.catalogue.set(item.id, item);
    this.reset();
  }

  reset(): void {
    this.held = [...this.catalogue.values()].filter((i) => i.held).map((i) => i.id);
    this.versions = {};
    this.unseen = new Set();
  }

  knows(id: string): boolean {
    return this.catalogue.has(id);
  }

  has(id: string): boolean {
    return this.held.includes(id);
  }

  /** All catalogue entries, held or not (for the content index and tests). */
  allItems(): RecordItem[] {
    return [...this.catalogue.values()];
  }

  entry(id: string): RecordItem {
    const item = this.catalogue.get(id);
    if (!item) throw new CourtRecordError(`no court-record item "${id}"`);
    return item;
  }

  /** The item as the player currently sees it, with its latest version applied. */
  view(id: string): RecordItem {
    const base = this.entry(id);
    const v = this.versions[id];
    if (!v) return base;
    const patch = base.versions?.[v];
    if (!patch) throw new CourtRecordError(`item "${id}" has no version "${v}"`);
    return {
      ...base,
      title: patch.title ?? base.title,
      description: patch.description ?? base.description,
      facsimile: { ...base.facsimile, ...patch.facsimile, fields: patch.facsimile?.fields ?? base.facsimile.fields },
    };
  }

  /** Returns true when the item was newly added. */
  add(id: string): boolean {
    this.entry(id);
    if (this.has(id)) return false;
    this.held.push(id);
    this.unseen.add(id);
    return true;
  }

  update(id: string, version: string): void {
    const base = this.entry(id);
    if (!base.versions?.[version]) throw new CourtRecordError(`item "${id}" has no version "${version}"`);
    if (!this.has(id)) this.held.push(id);
    this.versions[id] = version;
    this.unseen.add(id);
  }

  markSeen(id: string): void {
    this.unseen.delete(id);
  }

  isNew(id: string): boolean {
    return this.unseen.has(id);
  }

  evidence(): RecordItem[] {
    return this.held.map((id) => this.view(id)).filter((i) => i.kind !== 'profile');
  }

  profiles(): RecordItem[] {
    return this.held.map((id) => this.view(id)).filter((i) => i.kind === 'profile');
  }

  heldIds(): string[] {
    return [...this.held];
  }

  save(): CourtRecordSave {
    return { held: [...this.held], versions: { ...this.versions }, unseen: [...this.unseen] };
  }

  /** Every id must be in this case's catalogue (a save of another case is refused). */
  load(s: CourtRecordSave): void {
    for (const id of [...s.held, ...s.unseen, ...Object.keys(s.versions)]) this.entry(id);
    for (const [id, version] of Object.entries(s.versions)) {
      if (!this.entry(id).versions?.[version]) throw new CourtRecordError(`item "${id}" has no version "${version}"`);
    }
    this.held = [...s.held];
    this.versions = { ...s.versions };
    this.unseen = new Set(s.unseen);
  }
}
