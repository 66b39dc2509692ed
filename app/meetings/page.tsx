import { connection } from "next/server";
import { db } from "@/lib/db";

export default async function MeetingsPage() {
  await connection();
  const count = await db.meeting.count();
  return <main>{count} meetings</main>;
}
