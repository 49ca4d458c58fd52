// Validates Adaptive Cards with the official Adaptive Cards library (npm adaptivecards), parsing for version 1.5:
// unknown elements or actions, properties a 1.5 host does not know, and the library's own property checks
// (inputs need unique ids, OpenUrl needs a url, ...). Also the card's declared version and Teams' size limit.
// Usage: node validate-cards.js <file with [{"name": "...", "card": {...}}]>
// Prints [{"name", "errors": [...]}] for every card; exit code 1 when any card has errors.
"use strict";
const fs = require("fs-extra");
const AC = require("adaptivecards/dist/adaptivecards.js");

const MaxBytes = 28 * 1024;

function check(card) {
  const errors = [];
  if (card.type !== "AdaptiveCard") errors.push(`type is ${card.type}, not AdaptiveCard`);
  if (card.version !== "1.5") errors.push(`version is ${card.version}, not 1.5`);
  const size = Buffer.byteLength(JSON.stringify(card), "utf8");
  if (size > MaxBytes) errors.push(`${size} bytes, over Teams' ${MaxBytes}-byte limit`);
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) errors.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of parsed.validateProperties().validationEvents) errors.push(`validate: ${event.message}`);
  return errors;
}

const cards = fs.readJsonSync(process.argv[2]);
const results = cards.map(({ name, card }) => ({ name, errors: check(card) }));
console.log(JSON.stringify(results, null, 1));
process.exit(results.some((r) => r.errors.length > 0) ? 1 : 0);
