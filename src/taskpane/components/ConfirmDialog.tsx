import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Ask = (question: string) => Promise<boolean>;
const ConfirmContext = createContext<Ask>(() => Promise.resolve(false));

/** Asks a yes/no question in a Fluent dialog (window.confirm does not exist in Office add-ins). */
export const useConfirm = (): Ask => useContext(ConfirmContext);

export function ConfirmProvider(props: { children: ReactNode }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<{ question: string; answer: (yes: boolean) => void } | undefined>();
  const ask = useCallback<Ask>((question) => new Promise((resolve) => setPending({ question, answer: resolve })), []);
  const close = (yes: boolean) => {
    pending?.answer(yes);
    setPending(undefined);
  };
  return (
    <ConfirmContext.Provider value={ask}>
      {props.children}
      <Dialog open={pending !== undefined} onOpenChange={(_, d) => !d.open && close(false)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('confirm.title')}</DialogTitle>
            <DialogContent>{pending?.question}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => close(true)}>{t('confirm.replace')}</Button>
              <Button onClick={() => close(false)}>{t('confirm.keep')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </ConfirmContext.Provider>
  );
}
