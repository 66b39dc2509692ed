import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { seedReferenceData } from "@/prisma/seed/reference";

const db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
afterAll(() => db.$disconnect());

describe("reference data", () => {
  it("lists every ISO 3166-1 country with its English names, demonyms and wire-service variants", async () => {
    const azerbaijan = await db.country.findUniqueOrThrow({ where: { code: "AZ" } });
    expect(azerbaijan).toMatchObject({ alpha3: "AZE", name: "Azerbaijan", officialName: "Republic of Azerbaijan" });
    expect(azerbaijan.demonyms).toContain("Azerbaijani");

    const turkiye = await db.country.findUniqueOrThrow({ where: { code: "TR" } });
    expect(turkiye.name).toBe("Türkiye");
    expect(turkiye.variants).toContain("Turkey");

    const korea = await db.country.findUniqueOrThrow({ where: { code: "KR" } });
    expect(korea.name).toBe("South Korea");
    expect(korea.variants).toEqual(expect.arrayContaining(["Korea", "Republic of Korea"]));
    expect(korea.demonyms).toContain("Korean");
    expect((await db.country.findUniqueOrThrow({ where: { code: "KZ" } })).demonyms).toContain("Kazakh");
    expect((await db.country.findUniqueOrThrow({ where: { code: "GB" } })).variants).toEqual(
      expect.arrayContaining(["UK", "Britain"]),
    );
    expect(await db.country.count()).toBeGreaterThanOrEqual(249);
  });

  it("holds the topic vocabulary as broad areas with specific topics under them", async () => {
    const topic = await db.topic.findUniqueOrThrow({
      where: { slug: "belt-and-road-initiative" },
      select: { name: true, parent: { select: { slug: true } } },
    });
    expect(topic).toEqual({ name: "Belt and Road Initiative", parent: { slug: "transport-and-connectivity" } });
    expect(await db.topic.count()).toBeGreaterThanOrEqual(80);
  });

  it("can run again without duplicating rows or overwriting a curated topic", async () => {
    const before = { countries: await db.country.count(), topics: await db.topic.count() };
    await db.topic.update({ where: { slug: "energy-security" }, data: { description: "Curated by an admin" } });
    await db.country.update({ where: { code: "TR" }, data: { variants: [] } });

    await seedReferenceData(db);
    await seedReferenceData(db);

    expect({ countries: await db.country.count(), topics: await db.topic.count() }).toEqual(before);
    expect((await db.topic.findUniqueOrThrow({ where: { slug: "energy-security" } })).description).toBe(
      "Curated by an admin",
    );
    expect((await db.country.findUniqueOrThrow({ where: { code: "TR" } })).variants).toContain("Turkey");
  });
});
