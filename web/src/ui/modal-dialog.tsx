// A modal dialog on the native <dialog>: it traps focus, closes on Escape and gives focus back on close.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './modal-dialog.css';

interface ModalDialogProps { isOpen: boolean; onClose: () => void; title: string; children: ReactNode; className?: string }

export function ModalDialog({ isOpen, onClose, title, children, className }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (isOpen && !element.open) element.showModal();
    if (!isOpen && element.open) element.close();
  }, [isOpen]);
  return (
    <dialog ref={dialog} className={`modal-dialog${className ? ` ${className}` : ''}`} aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{title}</h2>
      {isOpen && children}
    </dialog>
  );
}
