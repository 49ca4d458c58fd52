// Validates a built Teams app manifest (and its localization file) against the official schemas bundled in
// @microsoft/app-manifest, offline. Usage: node validate-manifest.js <folder with manifest.json>
// Prints a JSON array of the schema's messages (empty when valid); exit code 1 when there are any.
"use strict";
const path = require("path");
const fs = require("fs-extra");
const { AppManifestUtils } = require("@microsoft/app-manifest");
const Ajv = require("ajv-draft-04");

async function main(folder) {
  const manifest = await fs.readJson(path.join(folder, "manifest.json"));
  const errors = (await AppManifestUtils.validateAgainstSchema(manifest)).map((e) => `manifest.json: ${e}`);
  const version = manifest.manifestVersion;
  for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
    const file = path.join(folder, language.file);
    if (!(await fs.pathExists(file))) {
      errors.push(`${language.file}: missing (named by localizationInfo)`);
      continue;
    }
    const schemaFile = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.Localization.schema.json`);
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, logger: false });
    const validate = ajv.compile(await fs.readJson(schemaFile));
    if (!validate(await fs.readJson(file))) errors.push(...validate.errors.map((e) => `${language.file}: ${e.instancePath || "/"} ${e.message}`));
  }
  console.log(JSON.stringify(errors, null, 1));
  return errors.length === 0 ? 0 : 1;
}

main(process.argv[2]).then((code) => process.exit(code), (e) => { console.error(e.message); process.exit(2); });
