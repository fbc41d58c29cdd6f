/**
 * Text messages to a unit's contact phone. No provider is bundled: a deployment that has one
 * (阿里云短信, 腾讯云短信, an operator's gateway …) passes a sender to the server; without one no
 * text message is sent.
 */
export interface SmsSender {
  /** Sends one message; rejects when the provider refused it (the reminder itself stands either way). */
  send(phone: string, text: string): Promise<void>;
}

export interface SmsMessage {
  phone: string;
  text: string;
}
