// Every keyboard shortcut the app answers to, as shown in the "?" dialog.

export const SHORTCUTS: readonly { keys: string; action: string }[] = [
  { keys: 'j / ↓', action: 'Next conversation in the list' },
  { keys: 'k / ↑', action: 'Previous conversation in the list' },
  { keys: 'Enter', action: 'Open the selected conversation' },
  { keys: 'l', action: 'Switch between the care queue and Listening' },
  { keys: 'r', action: 'Reply to the customer' },
  { keys: 'n', action: 'Write an internal note' },
  { keys: 'e', action: 'Resolve the open conversation' },
  { keys: 'a', action: 'Assign the open conversation to me' },
  { keys: '/', action: 'Pick a saved reply' },
  { keys: 'Ctrl / ⌘ + Enter', action: 'Send what you wrote' },
  { keys: 'Esc', action: 'Leave the text box or close a dialog' },
  { keys: '?', action: 'Show these shortcuts' },
];
