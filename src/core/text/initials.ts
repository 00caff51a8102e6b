// What an avatar shows for a person. Japanese names are family name first ("佐藤 花子"): the family
// name, as Japanese apps show it (up to two characters); Latin names: first letters of the first and
// last word ("Misaki Tanaka" → "MT"); an e-mail address only: its first letter.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function initialsOf(name: string, email = ""): string {
  const words = name.trim().split(/[\s\u3000]+/).filter(Boolean);
  const first = words[0];
  if (!first) return (email.trim()[0] ?? "?").toUpperCase();
  if (CJK.test(first)) return [...first].slice(0, 2).join("");
  const last = words.length > 1 ? words[words.length - 1]! : "";
  return `${[...first][0] ?? ""}${[...last][0] ?? ""}`.toUpperCase();
}
