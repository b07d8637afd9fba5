import { FluentProvider, Text, Title2, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

/** Renders the task pane into `root`. The nine-step wizard replaces this placeholder. */
export function mountPane(root: HTMLElement): void {
  createRoot(root).render(
    <FluentProvider theme={webLightTheme} style={{ padding: 16 }}>
      <Title2 as="h1">NineStep</Title2>
      <Text as="p" block>
        The WFM functions are ready: type <code>=WFM.AGENTS_REQUIRED(2000, 210, 80%, 20)</code> in a cell.
      </Text>
      <Text as="p" block>The nine-step planning wizard will appear here.</Text>
    </FluentProvider>,
  );
}
