// What each contact is worth to the brand, read for priority: the VIP flag and the value attributes.
import type { Db } from '../database.ts';
import { fromJson } from '../json-columns.ts';
import { customerValueOf, type CustomerValue } from '../../domain/customer-value.ts';

export async function customerValuesOf(db: Db, contactIds: string[]): Promise<Map<string, CustomerValue>> {
  const out = new Map<string, CustomerValue>();
  const unique = [...new Set(contactIds)];
  if (unique.length === 0) return out;
  const rows = await db.selectFrom('contacts').select(['id', 'is_vip', 'attributes']).where('id', 'in', unique).execute();
  for (const r of rows) {
    const attributes = fromJson<unknown>(r.attributes, {});
    out.set(r.id, customerValueOf({
      isVip: r.is_vip === 1,
      attributes: typeof attributes === 'object' && attributes !== null ? attributes as Record<string, unknown> : {},
    }));
  }
  return out;
}
