import { describe, expect, it } from "vitest";
import { findCity } from "@/lib/extraction/internal/vocabulary/places";
import { findGazetteerCity } from "@/lib/extraction/internal/vocabulary/gazetteer";

describe("the city gazetteer", () => {
  it("knows cities that are neither capitals nor in the hand list, with their countries", () => {
    expect(findCity("putrajaya")).toMatchObject({ country: "MY" });
    expect(findCity("antalya")).toMatchObject({ country: "TR" });
    expect(findCity("samsun")).toMatchObject({ country: "TR" });
  });

  it("knows the other names wire copy uses", () => {
    expect(findGazetteerCity("kiev")).toMatchObject({ name: "Kyiv", country: "UA" });
    expect(findGazetteerCity("kuwait city")).toMatchObject({ country: "KW" });
    expect(findGazetteerCity("vatican")).toMatchObject({ country: "VA" });
  });

  it("keeps the analysts' spelling of a capital over the package's", () => {
    expect(findCity("washington")).toEqual({ name: "Washington", country: "US" });
  });

  it("leaves out towns below the population asked for", () => {
    expect(findGazetteerCity("vatican city", 10_000)).toBeNull();
    expect(findCity("ruritania")).toBeNull();
  });
});
