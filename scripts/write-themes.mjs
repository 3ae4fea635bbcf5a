#!/usr/bin/env node
// Writes dist/themes/<name>.css from src/themes/themes.ts: the stylesheets a page links to use a
// ready-made theme (part of `npm run build`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { themes, themeStylesheet } from '../dist/themes/themes.js';

mkdirSync('dist/themes', { recursive: true });
for (const name of Object.keys(themes)) writeFileSync(`dist/themes/${name}.css`, themeStylesheet(name));
console.log(`themes: ${Object.keys(themes).map((name) => `dist/themes/${name}.css`).join(', ')}`);
