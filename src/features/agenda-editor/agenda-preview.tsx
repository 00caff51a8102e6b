// The agenda as it will land in the body, rendered by the same core renderer. HTML goes into a fully
// sandboxed iframe (no scripts, no same-origin) so nothing in it can reach the pane.
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { AgendaView } from "../../core/api/contract";
import type { Lang } from "../../core/api/primitives";
import { renderAgendaHtml, renderAgendaText } from "../../core/agenda/render-agenda";
import { escapeHtml } from "../../core/text/escape-html";
import { useT } from "../../components/i18n/use-t";
import type { BodyFormat } from "../../platform/ports";

const useStyles = makeStyles({
  frame: {
    width: "100%",
    minHeight: "420px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "#ffffff",
  },
  text: {
    whiteSpace: "pre-wrap",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    overflowX: "auto",
  },
});

// The narrow pane breaks Japanese lines between phrases (「…拡大する」 whole, not 「拡大す／る」), as the
// pane's own headings do. Only the preview gets this: Outlook strips <style> from the body. The frame
// runs no script, so engines without `auto-phrase` (WebKit) show the usual breaking here.
const PHRASE_BREAKING = "<style>body{word-break:auto-phrase}</style>";

export interface AgendaPreviewProps {
  view: AgendaView;
  format: BodyFormat;
  liveUrl: string;
  lang: Lang;
}

export function AgendaPreview({ view, format, liveUrl, lang }: AgendaPreviewProps) {
  const t = useT();
  const styles = useStyles();
  const rendered = useMemo(() => {
    try {
      const opts = { liveUrl, lang, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
      return format === "html" ? renderAgendaHtml(view, opts) : renderAgendaText(view, opts);
    } catch (err) {
      return err instanceof Error ? err : new Error(String(err));
    }
  }, [view, format, liveUrl, lang]);

  if (rendered instanceof Error) return <Text>{t("error.unexpected", { message: rendered.message })}</Text>;
  if (format === "text") {
    return (
      <pre className={styles.text} data-testid="agenda-preview" tabIndex={0} aria-label={t("editor.preview.frame")}>
        {rendered}
      </pre>
    );
  }
  const doc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(t("editor.preview.frame"))}</title>${PHRASE_BREAKING}</head><body style="margin:8px;background:#fff">${rendered}</body></html>`;
  return (
    <iframe
      className={styles.frame}
      title={t("editor.preview.frame")}
      sandbox=""
      srcDoc={doc}
      data-testid="agenda-preview"
    />
  );
}
