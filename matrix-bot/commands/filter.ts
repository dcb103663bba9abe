/** The parts of a Matrix room event the bot looks at before treating it as a command. */
export interface IncomingEvent {
  type: string;
  sender: string;
  origin_server_ts: number;
  content: { msgtype?: string; body?: unknown; "m.relates_to"?: { rel_type?: string } };
}

/**
 * A new text message from someone else: not the bot's own, not an edit (an edited old
 * command must not run again), not a notice from another bot, not history from before the
 * bot started listening.
 */
export function isCommandCandidate(event: IncomingEvent, botUserId: string, listeningSince: number): boolean {
  return (
    event.type === "m.room.message" &&
    event.sender !== botUserId &&
    event.content.msgtype === "m.text" &&
    typeof event.content.body === "string" &&
    event.content["m.relates_to"]?.rel_type !== "m.replace" &&
    event.origin_server_ts >= listeningSince
  );
}
