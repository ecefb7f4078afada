/** The shared vocabulary of every layer. Imports nothing of ours (only zod, when a shape needs it). */
export * from "./messages.js";
export * from "./actor.js";
export * from "./roles.js";
export * from "./errors.js";
export { RATINGS, type Rating } from "./ratings.js";
