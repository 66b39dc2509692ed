import "server-only";
import { db } from "@/lib/db";
import type { WatchTarget } from "@/lib/watches/targets";

/**
 * The name of what a target points at, or null when there is no such thing the caller may see
 * (merged and deleted people and organisations, another user's unshared view).
 */
export async function describeTarget(target: WatchTarget, userId: string): Promise<string | null> {
  switch (target.kind) {
    case "PERSON":
      return (await db.person.findFirst({ where: { id: target.key, deletedAt: null, mergedIntoId: null }, select: { name: true } }))?.name ?? null;
    case "ORGANIZATION":
      return (await db.organization.findFirst({ where: { id: target.key, deletedAt: null, mergedIntoId: null }, select: { name: true } }))?.name ?? null;
    case "COUNTRY":
      return (await db.country.findUnique({ where: { code: target.key }, select: { name: true } }))?.name ?? null;
    case "PAIR": {
      const [a, b] = target.key.split("-");
      const countries = await db.country.findMany({ where: { code: { in: [a!, b!] } }, select: { code: true, name: true } });
      if (countries.length !== 2) return null;
      const name = (code: string) => countries.find((c) => c.code === code)!.name;
      return `${name(a!)} and ${name(b!)}`;
    }
    case "TOPIC":
      return (await db.topic.findUnique({ where: { id: target.key }, select: { name: true } }))?.name ?? null;
    case "TAG": {
      const tag = await db.tag.findFirst({ where: { id: target.key, mergedIntoId: null }, select: { name: true } });
      return tag ? `#${tag.name}` : null;
    }
    case "SAVED_VIEW":
      return (await db.savedView.findFirst({ where: { id: target.key, OR: [{ ownerId: userId }, { shared: true }] }, select: { name: true } }))?.name ?? null;
  }
}
