#!/usr/bin/env node
// A docker credential helper (docker-credential-<name>) speaking the helpers' protocol
// (github.com/docker/docker-credential-helpers: get, store, erase, list over stdin/stdout), kept in
// the JSON file $CREDENTIAL_HELPER_STORE, each call appended to $CREDENTIAL_HELPER_LOG: a keychain
// a test can read, to see whose logins went into it.
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

const file = process.env.CREDENTIAL_HELPER_STORE;
const store = file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
const input = readFileSync(0, 'utf8');
const verb = process.argv[2];
if (process.env.CREDENTIAL_HELPER_LOG) appendFileSync(process.env.CREDENTIAL_HELPER_LOG, `${verb} ${verb === 'store' ? JSON.parse(input).ServerURL : input.trim()}\n`);
const save = () => writeFileSync(file, JSON.stringify(store));
if (verb === 'get') {
  const entry = store[input.trim()];
  if (!entry) {
    process.stdout.write('credentials not found in native keychain');
    process.exit(1);
  }
  process.stdout.write(JSON.stringify({ ServerURL: input.trim(), Username: entry.Username, Secret: entry.Secret }));
} else if (verb === 'store') {
  const { ServerURL, Username, Secret } = JSON.parse(input);
  store[ServerURL] = { Username, Secret };
  save();
} else if (verb === 'erase') {
  delete store[input.trim()];
  save();
} else if (verb === 'list') {
  process.stdout.write(JSON.stringify(Object.fromEntries(Object.entries(store).map(([url, entry]) => [url, entry.Username]))));
} else {
  process.stderr.write(`unknown verb ${verb}\n`);
  process.exit(1);
}
