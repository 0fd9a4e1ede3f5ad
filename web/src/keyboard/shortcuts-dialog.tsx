// The "?" dialog listing every shortcut.
import { ModalDialog } from '../ui/modal-dialog.tsx';
import { SHORTCUTS } from './shortcut-list.ts';

export function ShortcutsDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  return (
    <ModalDialog isOpen={isOpen} onClose={onClose} title="Keyboard shortcuts" className="shortcuts-dialog">
      <table>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}><th scope="row"><kbd>{s.keys}</kbd></th><td>{s.action}</td></tr>
          ))}
        </tbody>
      </table>
      <form method="dialog"><button type="submit" className="button">Close</button></form>
    </ModalDialog>
  );
}
