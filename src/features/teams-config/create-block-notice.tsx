// Why this user can't create the meeting's agenda here, and whom to ask.
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useT } from "../../components/i18n/use-t";
import type { CreateBlock } from "./create-block";

export function CreateBlockNotice({ block }: { block: CreateBlock }) {
  const t = useT();
  const { title, body } = (() => {
    switch (block.kind) {
      case "guest":
        return { title: t("config.blockTitle"), body: t("config.blockGuest") };
      case "anonymous":
        return { title: t("config.blockTitle"), body: t("config.blockAnonymous") };
      case "forbidden":
        return { title: t("config.blockTitle"), body: t("config.blockForbidden") };
      case "bound":
        if (block.conflict.yours) return { title: t("config.boundTitle"), body: t("config.boundYours") };
        if (block.conflict.agendaId) return { title: t("config.boundTitle"), body: t("config.boundAttendee", { organizer: block.conflict.organizerEmail ?? "" }) };
        // The server names the organizer only to people on that agenda.
        return { title: t("config.blockTitle"), body: t("config.boundOther") };
    }
  })();
  const intent = block.kind === "bound" && block.conflict.agendaId ? "info" : "warning";
  return (
    <MessageBar intent={intent} layout="multiline" data-testid="config-create-block" data-block={block.kind}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {body}
      </MessageBarBody>
    </MessageBar>
  );
}
