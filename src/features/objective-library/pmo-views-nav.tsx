// The PMO's two pages side by side: the commitments dashboard (/pmo) and the objective library
// (/pmo?view=objectives). Plain links, so each view has its own address; the page's language and
// theme (?lang=, ?theme=) go along.
import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { useLibraryT } from "./library-messages";

const useStyles = makeStyles({
  nav: { display: "flex", gap: tokens.spacingHorizontalL, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, flexWrap: "wrap" },
  list: { display: "flex", gap: tokens.spacingHorizontalL, margin: 0, padding: 0, listStyleType: "none" },
});

/** `href` with the current page's ?lang= and ?theme= added. */
export function keepingLook(href: string, search: string = window.location.search): string {
  const from = new URLSearchParams(search);
  const [path, query = ""] = href.split("?");
  const to = new URLSearchParams(query);
  for (const key of ["lang", "theme"]) {
    const value = from.get(key);
    if (value) to.set(key, value);
  }
  const s = to.toString();
  return s ? `${path}?${s}` : path!;
}

export function PmoViewsNav({ current }: { current: "commitments" | "objectives" }) {
  const lt = useLibraryT();
  const styles = useStyles();
  const item = (view: typeof current, href: string, label: string) => (
    <li>
      <Link href={keepingLook(href)} aria-current={current === view ? "page" : undefined} data-testid={`pmo-nav-${view}`}>
        {label}
      </Link>
    </li>
  );
  return (
    <nav aria-label={lt("nav.label")} className={styles.nav}>
      <ul className={styles.list}>
        {item("commitments", "/pmo", lt("nav.commitments"))}
        {item("objectives", "/pmo?view=objectives", lt("nav.objectives"))}
      </ul>
    </nav>
  );
}
