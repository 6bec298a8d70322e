/**
 * Test helpers shared by the dossier modules' tests: a dossier filled the
 * way a commune would fill it, and the criteria sets read from content/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Dossier } from '../../schemas/dossier';
import type { KnownSets } from './exchange';
import { sha256Hex } from './canonical';
import { knownSetsOf, type ToolCriteriaFile, type ToolSet } from './criteria-data';

const criteriaDir = join(import.meta.dirname, '../../../content/criteria');

export interface RawSet {
  id: string;
  criteria: { id: string; indicators?: { id: string }[] }[];
}
export function contentSets(): RawSet[] {
  return readdirSync(criteriaDir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(yaml.load(readFileSync(join(criteriaDir, f), 'utf8')) as Omit<RawSet, 'id'>) }));
}
/** The sets a dossier can be prepared against, read as the tool reads them. */
export function contentCriteriaFile(): ToolCriteriaFile {
  return { titles: [], sets: contentSets().map((s) => ({ missing: [], levels: [], ...s }) as unknown as ToolSet) };
}
export function contentKnownSets(): KnownSets {
  return knownSetsOf(contentCriteriaFile());
}
export function contentSet(id: string): ToolSet {
  return contentCriteriaFile().sets.find((s) => s.id === id)!;
}

export async function fileOf(text: string, size = 0): Promise<{ bytes: Uint8Array; sha256: string }> {
  const bytes = new Uint8Array(Math.max(size, text.length));
  bytes.set(new TextEncoder().encode(text));
  for (let i = text.length; i < bytes.length; i++) bytes[i] = (i * 31 + 7) & 0xff;
  return { bytes, sha256: await sha256Hex(bytes) };
}

export async function sampleDossier(): Promise<{ dossier: Dossier; files: Map<string, Uint8Array> }> {
  const plan = await fileOf('%PDF-1.4 ke hoach', 3000);
  const photo = await fileOf('\u0089PNG anh tuan le', 5000);
  const set = contentSets().find((s) => s.id === 'cong-dong-hoc-tap-cap-xa-tt-25')!;
  const [first, second] = set.criteria[0]!.indicators!;
  const dossier: Dossier = {
    id: '0f8a6c1e-2b3d-4e5f-8a9b-0c1d2e3f4a5b',
    subject: { name: 'Xã Tân Hòa', province: 'Tỉnh Vĩnh Long', code: '' },
    criteriaSet: set.id,
    year: 2025,
    difficultArea: false,
    unitKinds: [],
    targetLevel: null,
    answers: {
      [first!.id]: { status: 'dat', counts: {}, note: 'Đã tuyên truyền trên loa truyền thanh.' },
      [second!.id]: { status: 'khong-dat', counts: {}, note: '' },
    },
    evidence: [
      { id: 'mc-1', title: 'Kế hoạch xây dựng xã hội học tập năm 2025', number: '12/KH-UBND', date: '2025-01-15', issuer: 'UBND xã Tân Hòa', indicators: [first!.id, second!.id], file: { name: 'ke-hoach.pdf', type: 'application/pdf', size: plan.bytes.length, sha256: plan.sha256 }, url: '', note: '' },
      { id: 'mc-2', title: 'Ảnh lễ khai mạc Tuần lễ', number: '', date: null, issuer: '', indicators: [first!.id], file: { name: 'khai-mac.png', type: 'image/png', size: photo.bytes.length, sha256: photo.sha256 }, url: '', note: '' },
      { id: 'mc-3', title: 'Tin trên cổng thông tin xã', number: '', date: null, issuer: '', indicators: [first!.id], file: null, url: 'https://example.gov.vn/tin', note: '' },
    ],
    notes: '',
    preparedBy: 'Văn phòng UBND xã',
    created: '2026-01-05T08:00:00.000Z',
    updated: '2026-01-06T09:30:00.000Z',
  };
  return { dossier, files: new Map([[plan.sha256, plan.bytes], [photo.sha256, photo.bytes]]) };
}
