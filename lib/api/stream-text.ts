/**
 * A text body read chunk by chunk from `chunks`. The first chunk is read before the response is
 * made: it runs the generator's checks (who asks, whether the record exists), so a refusal becomes
 * a problem with its status, never half a file.
 */
export async function streamedText(chunks: AsyncGenerator<string>, headers: Record<string, string>): Promise<Response> {
  const first = await chunks.next();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (!first.done) controller.enqueue(encoder.encode(first.value));
    },
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", ...headers } });
}
