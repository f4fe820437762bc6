#!/usr/bin/env node
// Writes the Spectral ruleset of the benchmark: the same checks as `canvas check` on a YAML canvas, as far as
// Spectral's built-in functions go. Usage: node make-ruleset.js SCHEMA.json OUT.json
//   canvas-schema          the JSON Schema from `canvas schema` (types, known keys)        ~ schema-violation
//   canvas-kind            canvas: production                                               ~ canvas-kind
//   canvas-field-present   every field of every square is there and not empty/blank         ~ field-missing, field-empty
//   canvas-field-answer    no answer is TBD, TODO, N/A, a {{placeholder}} or ___            ~ field-non-answer
//   canvas-prerequisite    every prerequisite is there and true                             ~ prerequisite-unchecked
//   canvas-gate            every validation gate item is there and true                     ~ gate-unchecked
'use strict';
const fs = require('fs');
const [schemaFile, outFile] = process.argv.slice(2);
if (!schemaFile || !outFile) {
  console.error('usage: node make-ruleset.js SCHEMA.json OUT.json');
  process.exit(64);
}
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
const props = schema.properties;
const keys = (o) => Object.keys((o && o.properties) || {});
const present = (ids) => ids.map((id) => ({ field: id, function: 'truthy' }));
const NON_ANSWER = '/^\\W*(\\{\\{.*\\}\\}|[_\\-.?*x]+|tbd|tba|tbc|todo|fixme|n\\/?a|none|nothing|unknown|pending|wip|later|' +
  'to be (determined|decided|defined|confirmed|added|completed)|not yet|not applicable|coming soon|placeholder|lorem ipsum|' +
  'answer here|fill in)\\W*$|^\\W*(tbd|todo|fixme|tba|tbc|xxx|wip)\\W/i';
const rules = {
  'canvas-schema': {
    description: 'The canvas matches the schema of `canvas schema`.',
    severity: 'error', given: '$',
    then: { function: 'schema', functionOptions: { schema, dialect: 'draft7', allErrors: true } },
  },
  'canvas-kind': {
    description: 'The canvas is a production canvas.',
    severity: 'error', given: '$',
    then: { field: 'canvas', function: 'pattern', functionOptions: { match: '^production$' } },
  },
  'canvas-field-present': {
    description: 'Every question has an answer.',
    severity: 'error', given: '$.squares',
    then: present(keys(props.squares)),
  },
  'canvas-field-blank': {
    description: 'No answer is only white space.',
    severity: 'error', given: '$.squares[*]',
    then: { function: 'pattern', functionOptions: { match: '\\S' } },
  },
  'canvas-field-answer': {
    description: 'No answer is a stand-in such as TBD, TODO, N/A or ___.',
    severity: 'error', given: '$.squares[*]',
    then: { function: 'pattern', functionOptions: { notMatch: NON_ANSWER } },
  },
  'canvas-prerequisite': {
    description: 'Every prerequisite is confirmed.',
    severity: 'error', given: '$.prerequisites',
    then: present(keys(props.prerequisites)),
  },
};
for (const [phase, gate] of Object.entries((props.gates && props.gates.properties) || {})) {
  rules[`canvas-gate-${phase}`] = {
    description: `Every ${phase} validation gate item is confirmed.`,
    severity: 'warn', given: `$.gates['${phase}']`,
    then: present(keys(gate)),
  };
}
rules['canvas-squares'] = {
  description: 'The canvas has its squares, prerequisites and gates.',
  severity: 'error', given: '$',
  then: present(['squares', 'prerequisites', 'gates']),
};
fs.writeFileSync(outFile, JSON.stringify({ rules }, null, 2) + '\n');
