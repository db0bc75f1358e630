// Regenerates docs/checks/index.md and the README's check table from the registry.
import { readFileSync, writeFileSync } from 'node:fs'
import { docsIndex, readmeWithTable } from '../src/docs/catalog.js'

writeFileSync('docs/checks/index.md', docsIndex())
writeFileSync('README.md', readmeWithTable(readFileSync('README.md', 'utf8')))
