// Messages with React nodes in some placeholders: the sentence stays one translatable string while a
// part of it gets its own element (e.g. a count that must not wrap inside). Other placeholders are
// filled as text, like useT().
import { Fragment, createElement, useCallback, useContext, type ReactNode } from "react";
import { I18nContext } from "./i18n-context";
import { translate, type MessageParams } from "./use-t";
import type { MessageKey } from "./messages-ja";

export type TNodesFunction = (key: MessageKey, nodes: Record<string, ReactNode>, params?: MessageParams) => ReactNode;

export function useTNodes(): TNodesFunction {
  const lang = useContext(I18nContext);
  return useCallback<TNodesFunction>(
    (key, nodes, params) => {
      // Placeholders given as nodes are left in place by translate() and split out here.
      const parts = translate(lang, key, params).split(/(\{\w+\})/);
      return createElement(
        Fragment,
        null,
        ...parts.map((part, i) => {
          const name = /^\{(\w+)\}$/.exec(part)?.[1];
          return createElement(Fragment, { key: i }, name !== undefined && Object.hasOwn(nodes, name) ? nodes[name] : part);
        }),
      );
    },
    [lang],
  );
}
