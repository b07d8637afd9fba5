import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Catches a crash below it so only that part of the pane is replaced by a
 * message (React needs a class for this); `resetKey` changing clears it.
 */
class Boundary extends Component<{ fallback: (error: Error, retry: () => void) => ReactNode; resetKey?: unknown; children: ReactNode }, { error: Error | undefined; key: unknown }> {
  override state = { error: undefined as Error | undefined, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: { resetKey?: unknown }, state: { error: Error | undefined; key: unknown }) {
    return props.resetKey === state.key ? null : { error: undefined, key: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // kept for whoever debugs the pane (the browser's console); the user sees the message in their language
    console.error(error, info.componentStack);
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error, () => this.setState({ error: undefined })) : this.props.children;
  }
}

/** What went wrong for support, folded away: the error's own text is not for the planner. */
function Details(props: { error: Error }) {
  const { t } = useTranslation();
  return (
    <details>
      <summary>{t('crash.details')}</summary>
      <code>{props.error.message}</code>
    </details>
  );
}

/** A step's page that cannot crash the pane: a crash shows what happened and what to do; the step list, navigation and plan file stay. */
export function StepBoundary(props: { title: string; resetKey: unknown; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Boundary
      resetKey={props.resetKey}
      fallback={(error, retry) => (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t('crash.stepTitle', { title: props.title })}</MessageBarTitle>
            {t('crash.stepAction')}
            <Details error={error} />
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={retry}>{t('crash.retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    >
      {props.children}
    </Boundary>
  );
}

/** A chart that cannot crash its step: the same numbers stay in the table beside it. */
export function ChartBoundary(props: { resetKey?: unknown; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Boundary
      resetKey={props.resetKey}
      fallback={(error) => (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            {t('crash.chart')}
            <Details error={error} />
          </MessageBarBody>
        </MessageBar>
      )}
    >
      {props.children}
    </Boundary>
  );
}
