export { announceFlow, seenFlow, announcementSideAction } from "./flow.js";
export { announcementKinds } from "./kinds.js";
