import "server-only";
import { currentUser } from "@/lib/auth/current-user";
import { messageGender, type MessageGender } from "@/lib/newsroom/people/member-name";

/**
 * The signed-in member's grammatical gender, for messages that address them
 * («تولّيتَ» / «تولّيتِ»); `other` (the unmarked wording) when signed out or unset.
 */
export async function viewerGender(): Promise<MessageGender> {
  return messageGender((await currentUser())?.gender);
}
