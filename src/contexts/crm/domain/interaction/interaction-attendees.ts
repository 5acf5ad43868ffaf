import { Email, InvalidEmail } from '@promenade/ddd';
import { InteractionAttendeeDuplicate, InteractionAttendeeInvalid, InteractionInvalid } from './interaction.errors';

/** Enough for a large meeting; a longer list is a mailing list, not attendees. */
export const MAX_ATTENDEES = 50;

/**
 * Attendees are email addresses: a stable way to name people inside and outside the company that can
 * later be matched to users and customers. Kept as given (trimmed); the same address twice, in any
 * letter case, is refused rather than silently merged.
 */
export function interactionAttendees(values: readonly string[]): string[] {
  if (values.length > MAX_ATTENDEES) throw new InteractionInvalid(`an interaction has at most ${MAX_ATTENDEES} attendees`);
  const seen = new Set<string>();
  return values.map((value) => {
    const email = toEmail(value);
    if (seen.has(email.normalized)) throw new InteractionAttendeeDuplicate(email.value);
    seen.add(email.normalized);
    return email.value;
  });
}

function toEmail(value: string): Email {
  try {
    return Email.of(value);
  } catch (error) {
    if (error instanceof InvalidEmail) throw new InteractionAttendeeInvalid(error.message);
    throw error;
  }
}
