// The one way the diagnosis checks name a sentence: a key of the message table and its parameters (left out when
// there are none, so a message without parameters stays { key }).
import type { Message, MessageKey, MessageParam } from './messages';

export function msg(key: MessageKey, params?: Record<string, MessageParam>): Message {
  return params ? { key, params } : { key };
}
