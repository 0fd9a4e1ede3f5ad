// The whole hand-labelled evaluation set: five core languages and others, split development / held-out.

import { englishDevelopment, englishHeldOut } from './english.ts';
import { labelled, type EvalMessage } from './eval-message.ts';
import { latvianDevelopment, latvianHeldOut } from './latvian.ts';
import { otherDevelopment, otherHeldOut } from './other-languages.ts';
import { russianDevelopment, russianHeldOut } from './russian.ts';
import { serbianDevelopment, serbianHeldOut } from './serbian.ts';
import { turkishDevelopment, turkishHeldOut } from './turkish.ts';

export type { EvalIntent, EvalMessage, EvalSplit, ExpectedPii } from './eval-message.ts';

/** The languages the issue asks to work well; the rest must work reasonably. */
export const CORE_LANGUAGES = ['en', 'ru', 'tr', 'sr', 'lv'] as const;

export const evaluationSet: readonly EvalMessage[] = [
  ...labelled(englishHeldOut, 'held-out', 'en'), ...labelled(englishDevelopment, 'development', 'en'),
  ...labelled(russianHeldOut, 'held-out', 'ru'), ...labelled(russianDevelopment, 'development', 'ru'),
  ...labelled(turkishHeldOut, 'held-out', 'tr'), ...labelled(turkishDevelopment, 'development', 'tr'),
  ...labelled(serbianHeldOut, 'held-out', 'sr'), ...labelled(serbianDevelopment, 'development', 'sr'),
  ...labelled(latvianHeldOut, 'held-out', 'lv'), ...labelled(latvianDevelopment, 'development', 'lv'),
  ...labelled(otherHeldOut, 'held-out', 'xx'), ...labelled(otherDevelopment, 'development', 'xx'),
];
