// The PMO's two pages side by side: the commitments dashboard (/pmo) and the objective library
// (/pmo?view=objectives). Plain links, so each view has its own address.
import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { useLibraryT } from "./library-messages";

const useStyles = makeStyles({
  nav: { display: "flex", gap: tokens.spacingHorizontalL, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, flexWrap: "wrap" },
  list: { display: "flex", gap: tokens.spacingHorizontalL, margin: 0, padding: 0, listStyleType: "none" },
});

export function PmoViewsNav({ current }: { current: "commitments" | "objectives" }) {
  const lt = useLibraryT();
  const styles = useStyles();
  const item = (view: typeof current, href: string, label: string) => (
    <li>
      <Link href={href} aria-current={current === view ? "page" : undefined} data-testid={`pmo-nav-${view}`}>
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
