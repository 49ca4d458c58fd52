// Validates an unpacked BplBot export against the JSON Schemas it carries (schemas/, the same as docs/export/schemas),
// offline: manifest.json first, then every file the manifest names with a schema.
// Usage: node validate-export.js <folder>
//        node validate-export.js --file <file.json> <schema.json>   (one file, e.g. a person's "mina data")
// Prints a JSON array of the schema's messages (empty when valid); exit code 1 when there are any.
"use strict";
const path = require("path");
const fs = require("fs-extra");
const Ajv = require("ajv-draft-04");

function validator(schemaFile) {
  const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
  return ajv.compile(fs.readJsonSync(schemaFile));
}

async function main(folder, extra) {
  const errors = [];
  const check = (file, schemaFile) => {
    const validate = validator(schemaFile);
    if (!validate(fs.readJsonSync(file)))
      errors.push(...validate.errors.map((e) => `${path.basename(file)}: ${e.instancePath || "/"} ${e.message}`));
  };
  if (folder === "--file") {
    check(extra[0], extra[1]);
    console.log(JSON.stringify(errors, null, 1));
    return errors.length === 0 ? 0 : 1;
  }
  const manifestFile = path.join(folder, "manifest.json");
  check(manifestFile, path.join(folder, "schemas", "manifest.schema.json"));
  const manifest = await fs.readJson(manifestFile);
  let checked = 0;
  for (const file of manifest.files) {
    if (!(await fs.pathExists(path.join(folder, file.path)))) errors.push(`${file.path}: named by the manifest but missing`);
    else if (file.schema) {
      check(path.join(folder, file.path), path.join(folder, file.schema));
      checked++;
    }
  }
  if (checked === 0) errors.push("the manifest names no file with a schema");
  console.log(JSON.stringify(errors, null, 1));
  return errors.length === 0 ? 0 : 1;
}

main(process.argv[2], process.argv.slice(3)).then((code) => process.exit(code), (e) => { console.error(e.message); process.exit(2); });
