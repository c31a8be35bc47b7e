import * as z from 'zod/mini';
import { roles } from './roles';

/** Custom message type: the server sends every opted-in client of a board the activity lines it has just recorded. */
export const activityMessage = 'activity';

const activityLineSchema = z.object({
  id: z.string(),
  /** When the first change folded into this line was made, and the last (ISO date-times, the server's clock). */
  from: z.string(),
  at: z.string(),
  /** Who made it, as the server saw their connection: the link's name and organisation, never what the client wrote in the board. */
  name: z.string(),
  organisation: z.string(),
  role: z.enum(roles),
  linkId: z.nullable(z.string()),
  /** True on a shared role link, where the name and organisation are the ones its holder typed. */
  selfDeclared: z.boolean(),
  /** What it is about: the kind of item, its id and the field changed (`added`, `deleted` or a field's name). */
  kind: z.string(),
  itemId: z.string(),
  field: z.string(),
  /** What they did, after their name: "moved 'Arrange home care package' to Done". */
  text: z.string(),
});

/** One line of a board's activity in words: "Priya Shah (Leeds City Council) moved 'Arrange home care package' to Done". */
export type ActivityLine = z.infer<typeof activityLineSchema>;

const activityMessageSchema = z.object({ lines: z.array(activityLineSchema) });

/** Body of an `activity` custom message: lines new or grown since the last one (a line folded again keeps its id). */
export type ActivityMessage = z.infer<typeof activityMessageSchema>;

/** An activity message's body, or null when it is not one. */
export function readActivityMessage(body: unknown): ActivityMessage | null {
  const parsed = activityMessageSchema.safeParse(body);
  return parsed.success ? parsed.data : null;
}

/** The whole line as a person reads it: their name, their organisation in brackets when there is one, and what they did. */
export function activitySentence(line: Pick<ActivityLine, 'name' | 'organisation' | 'text'>): string {
  return `${line.name}${line.organisation ? ` (${line.organisation})` : ''} ${line.text}`;
}
