import { describe, expect, it } from "vitest";
import { MeetingKind } from "@/lib/generated/prisma/enums";
import { MEETING_KIND_LABELS, MEETING_KINDS, cameoCodeFor } from "@/lib/meetings/kinds";

describe("meeting kinds", () => {
  it("cover every kind in the schema, each with a label", () => {
    expect([...MEETING_KINDS].sort()).toEqual(Object.values(MeetingKind).sort());
    for (const kind of MEETING_KINDS) expect(MEETING_KIND_LABELS[kind]).toMatch(/\S/);
  });

  it("map to CAMEO 04x codes", () => {
    expect(cameoCodeFor("MEETING")).toBe("040");
    expect(cameoCodeFor("CALL")).toBe("041");
    expect(cameoCodeFor("SIDELINES")).toBe("044");
    expect(cameoCodeFor("MEDIATION")).toBe("045");
    expect(cameoCodeFor("TALKS")).toBe("046");
  });

  it("export a visit as 042 for the visitor and 043 for the host", () => {
    expect(cameoCodeFor("VISIT", "GUEST")).toBe("042");
    expect(cameoCodeFor("VISIT", "HOST")).toBe("043");
    expect(cameoCodeFor("VISIT")).toBe("042");
    expect(cameoCodeFor("TALKS", "HOST")).toBe("046");
  });
});
