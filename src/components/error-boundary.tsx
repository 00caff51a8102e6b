// Catches render errors so the user sees what happened and what to do instead of a blank pane.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { Component, type ContextType, type ErrorInfo, type ReactNode } from "react";
import { I18nContext } from "./i18n/i18n-context";
import { translate } from "./i18n/use-t";

interface ErrorBoundaryProps {
  children: ReactNode;
  /** Where the error goes besides the screen (the console by default). */
  onError?: (error: Error, info: ErrorInfo) => void;
}

interface ErrorBoundaryState {
  error: Error | null;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  static override contextType = I18nContext;
  declare context: ContextType<typeof I18nContext>;
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    if (this.props.onError) this.props.onError(error, info);
    else console.error("Unexpected error in the view", error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const lang = this.context;
    return (
      <MessageBar intent="error" layout="multiline" politeness="assertive" data-testid="error-boundary">
        <MessageBarBody>
          <MessageBarTitle>{translate(lang, "boundary.title")}</MessageBarTitle>
          {translate(lang, "boundary.body", { message: error.message })}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => this.setState({ error: null })}>{translate(lang, "boundary.retry")}</Button>
          <Button appearance="primary" onClick={() => window.location.reload()}>
            {translate(lang, "boundary.reload")}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
