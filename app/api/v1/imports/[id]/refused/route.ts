import { apiRoute } from "@/lib/api/handler";
import { refusedRowsResponse } from "@/lib/api/imports/refused";

type Params = { id: string };

/** The refused rows with their reasons, as JSON pages or the CSV report. Scope: write. */
export const GET = apiRoute<Params>("write", async (request, { params }) => refusedRowsResponse(request, params.id));
