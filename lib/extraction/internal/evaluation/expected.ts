import { z } from "zod";

/** The annotation format of ../shared/fixtures/articles.json, which the development set follows. */
export const expectedArticleSchema = z.object({
  file: z.string(),
  source: z.object({ outlet: z.string().optional(), published: z.string() }),
  expected: z.object({
    date: z.string(),
    location: z.object({ city: z.string(), country: z.string() }).nullable(),
    kind: z.string().optional(),
    countries: z.array(z.string()),
    participants: z.array(
      z.object({
        name: z.string(),
        aliases: z.array(z.string()).optional(),
        title: z.string().optional(),
        organization: z.string().optional(),
        // Null for an official of an international body ("the UN Secretary-General's envoy").
        country: z.string().nullable(),
      }),
    ),
    organizations: z.array(z.string()),
    topics: z.array(z.string()),
  }),
});

export const expectedSetSchema = z.object({ articles: z.array(expectedArticleSchema) });

export type ExpectedArticle = z.infer<typeof expectedArticleSchema>;
