// A person's initials in a coloured circle (the colour follows the e-mail, so each person keeps theirs).
import { Avatar } from "@fluentui/react-components";
import { initialsOf } from "../core/text/initials";

export function PersonAvatar({ name, email, size = 24 }: { name: string; email: string; size?: 20 | 24 | 28 | 32 }) {
  return <Avatar size={size} name={name || email} initials={initialsOf(name, email)} color="colorful" idForColor={email.toLowerCase()} aria-hidden />;
}
